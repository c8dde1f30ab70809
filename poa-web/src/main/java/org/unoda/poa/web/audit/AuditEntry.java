package org.unoda.poa.web.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One recorded change: who, when, to what, and each field as it was and as it became.
 *
 * @param changedBy the username, or {@code null} for the platform itself
 * @param table the table changed; a part (an answer) is shown under its whole (the report)
 * @param rowId the identity of the whole changed
 */
record AuditEntry(long id, Instant changedAt, String changedBy, AuditKind kind, String table, Long rowId,
		String action, List<Change> changes) {

	public LocalDateTime changedAtUtc() {
		return LocalDateTime.ofInstant(this.changedAt, ZoneOffset.UTC);
	}

	/**
	 * A field as it was and as it became; {@code null} where it did not exist.
	 */
	record Change(String field, String before, String after) {

	}

}
