package org.unoda.poa.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.Limit;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.unoda.poa.core.CoreTestApplication;
import org.unoda.poa.core.persistence.AuditingConfiguration;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.StateRepository;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read a national report, for every status, visibility and kind of viewer; and the
 * listing query agrees with the rule in every case.
 */
@DataJpaTest
@ContextConfiguration(classes = CoreTestApplication.class)
@Import(AuditingConfiguration.class)
class NationalReportReadabilityTests {

	@Autowired
	NationalReportRepository reports;

	@Autowired
	StateRepository states;

	@Test
	void theRuleAndTheListingQueryAgreeForEveryCase() {
		State salvador = this.states.findByAlpha3("SLV").orElseThrow();
		State mexico = this.states.findByAlpha3("MEX").orElseThrow();
		Map<String, Viewer> viewers = Map.of("own delegate", new Viewer(1L, Role.DELEGATE, salvador.getId(), null, false, "a"),
				"other delegate", new Viewer(2L, Role.DELEGATE, mexico.getId(), null, true, "b"), "secretariat",
				new Viewer(3L, Role.SECRETARIAT, null, null, false, "c"), "admin",
				new Viewer(4L, Role.ADMIN, null, null, false, "d"), "stakeholder",
				new Viewer(5L, Role.STAKEHOLDER, null, 9L, false, "e"), "public", Viewer.anonymous());

		List<String> mismatches = new ArrayList<>();
		for (ReportStatus status : ReportStatus.values()) {
			for (ReportVisibility visibility : ReportVisibility.values()) {
				NationalReport report = new NationalReport(salvador, (long) (status.ordinal() * 10 + visibility.ordinal()), status + " " + visibility, visibility, "es");
				if (status == ReportStatus.SUBMITTED) {
					report.markSubmitted(Instant.now());
				}
				else if (status == ReportStatus.IN_REVIEW) {
					setStatus(report, ReportStatus.IN_REVIEW);
				}
				this.reports.save(report);
				viewers.forEach((who, viewer) -> {
					boolean expected = expected(who, status, visibility);
					boolean rule = report.isReadableBy(viewer);
					boolean listed = listFor(viewer).contains(report);
					if (rule != expected || listed != expected) {
						mismatches.add(status + "/" + visibility + " for " + who + ": expected " + expected + ", rule "
								+ rule + ", listed " + listed);
					}
				});
			}
		}
		assertThat(mismatches).isEmpty();
	}

	/**
	 * The table of who reads what, written out by hand.
	 */
	private static boolean expected(String who, ReportStatus status, ReportVisibility visibility) {
		if (who.equals("own delegate")) {
			return true;
		}
		if (status != ReportStatus.SUBMITTED) {
			return false;
		}
		return switch (visibility) {
			case PUBLIC -> true;
			case STATES -> Stream.of("other delegate", "secretariat", "admin").anyMatch(who::equals);
			case SECRETARIAT -> Stream.of("secretariat", "admin").anyMatch(who::equals);
		};
	}

	private List<NationalReport> listFor(Viewer viewer) {
		Long stateId = viewer.hasRole(Role.DELEGATE) ? viewer.stateId() : null;
		return this.reports.findReadable(null, stateId, viewer.isStateUser(), viewer.isSecretariatOrAdmin(),
				Limit.unlimited());
	}

	private static void setStatus(NationalReport report, ReportStatus status) {
		try {
			var field = NationalReport.class.getDeclaredField("status");
			field.setAccessible(true);
			field.set(report, status);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
