package org.unoda.poa.web.audit;

import java.util.Arrays;
import java.util.List;

/**
 * What the audit trail records changes to, each with the tables it covers. A change to a part
 * (an answer, a participant) is filed under the whole it belongs to (the report, the
 * registration), so that one look shows everything that happened to it.
 */
public enum AuditKind {

	ACCOUNT("user_account", "second_factor"),
	ORGANISATION("organisation"),
	CONTACT("point_of_contact"),
	REPORT("national_report", "report_answer"),
	CYCLE("reporting_cycle"),
	MEETING("meeting", "meeting_document"),
	REGISTRATION("delegation_registration", "participant"),
	ACCREDITATION("accreditation_application", "accreditation_objection");

	private final List<String> tables;

	AuditKind(String... tables) {
		this.tables = List.of(tables);
	}

	public List<String> tables() {
		return this.tables;
	}

	public String messageKey() {
		return "audit.kind." + name();
	}

	static AuditKind ofTable(String table) {
		return Arrays.stream(values())
			.filter(kind -> kind.tables.contains(table))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no audited kind for table " + table));
	}

}
