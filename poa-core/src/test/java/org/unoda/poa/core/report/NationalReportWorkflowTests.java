package org.unoda.poa.core.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every step of the workflow, and who may take it.
 */
class NationalReportWorkflowTests {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	final State salvador = state(7L);

	final Viewer drafter = new Viewer(1L, Role.DELEGATE, 7L, null, false, "drafter");

	final Viewer approver = new Viewer(2L, Role.DELEGATE, 7L, null, true, "approver");

	final Viewer otherApprover = new Viewer(3L, Role.DELEGATE, 8L, null, true, "other");

	final Viewer secretariat = new Viewer(4L, Role.SECRETARIAT, null, null, false, "sec");

	@Test
	void aDrafterSendsForReviewAndTheApproverSubmits() {
		NationalReport report = draft();
		assertThat(report.isEditableBy(this.drafter)).isTrue();
		report.sendForReview(this.drafter);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.IN_REVIEW);
		assertThat(report.isEditableBy(this.drafter)).as("locked while in review").isFalse();
		report.submit(this.approver, NOW);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(report.getSubmittedAt()).contains(NOW);
		assertThat(report.getFirstSubmittedAt()).contains(NOW);
	}

	@Test
	void theApproverReturnsADraftForChanges() {
		NationalReport report = draft();
		report.sendForReview(this.drafter);
		report.returnForChanges(this.approver);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(report.isEditableBy(this.drafter)).isTrue();
	}

	@Test
	void onlyTheStatesApproverSubmitsOrReturns() {
		NationalReport report = draft();
		report.sendForReview(this.drafter);
		for (Viewer notAllowed : new Viewer[] { this.drafter, this.otherApprover, this.secretariat,
				Viewer.anonymous() }) {
			assertThatThrownBy(() -> report.submit(notAllowed, NOW)).isInstanceOf(ReportAccessDeniedException.class);
			assertThatThrownBy(() -> report.returnForChanges(notAllowed))
				.isInstanceOf(ReportAccessDeniedException.class);
		}
		assertThat(report.getStatus()).isEqualTo(ReportStatus.IN_REVIEW);
	}

	@Test
	void onlyTheStatesDelegatesSendForReview() {
		NationalReport report = draft();
		assertThatThrownBy(() -> report.sendForReview(this.otherApprover))
			.isInstanceOf(ReportAccessDeniedException.class);
		assertThatThrownBy(() -> report.sendForReview(this.secretariat))
			.isInstanceOf(ReportAccessDeniedException.class);
		assertThat(report.isEditableBy(this.secretariat)).isFalse();
		assertThat(report.isEditableBy(this.otherApprover)).isFalse();
	}

	@Test
	void aDraftCannotBeSubmittedWithoutReview() {
		NationalReport report = draft();
		assertThatThrownBy(() -> report.submit(this.approver, NOW)).isInstanceOf(ReportWorkflowException.class);
		assertThatThrownBy(() -> report.returnForChanges(this.approver)).isInstanceOf(ReportWorkflowException.class);
		assertThatThrownBy(() -> report.startRevision(this.drafter)).isInstanceOf(ReportWorkflowException.class);
	}

	@Test
	void aRevisionIsANewDraftThatKeepsTheFirstSubmissionForTimeliness() {
		NationalReport report = draft();
		report.sendForReview(this.drafter);
		report.submit(this.approver, NOW);
		NationalReport next = report.startRevision(this.drafter);
		assertThat(next.getRevision()).isEqualTo(2);
		assertThat(next.getStatus()).isEqualTo(ReportStatus.DRAFT);
		assertThat(next.getFirstSubmittedAt()).contains(NOW);
		assertThat(next.getSubmittedAt()).isEmpty();
		assertThat(next.getVisibility()).isEqualTo(report.getVisibility());
		assertThatThrownBy(() -> report.startRevision(this.otherApprover))
			.isInstanceOf(ReportAccessDeniedException.class);
		report.supersede();
		assertThatThrownBy(() -> report.startRevision(this.drafter)).isInstanceOf(ReportWorkflowException.class);
	}

	@Test
	void onlyTheApproverChangesTheVisibilityOfASubmittedReport() {
		NationalReport report = draft();
		report.changeVisibility(this.drafter, ReportVisibility.STATES);
		report.sendForReview(this.drafter);
		assertThatThrownBy(() -> report.changeVisibility(this.drafter, ReportVisibility.PUBLIC))
			.as("in review, only the approver decides")
			.isInstanceOf(ReportAccessDeniedException.class);
		report.submit(this.approver, NOW);
		assertThatThrownBy(() -> report.changeVisibility(this.drafter, ReportVisibility.PUBLIC))
			.isInstanceOf(ReportAccessDeniedException.class);
		report.changeVisibility(this.approver, ReportVisibility.PUBLIC);
		assertThat(report.getVisibility()).isEqualTo(ReportVisibility.PUBLIC);
	}

	@Test
	void completenessIsTheShareOfQuestionsAnswered() {
		NationalReport report = draft();
		assertThat(report.getCompleteness()).isZero();
		report.recordProgress(2, 3, "text");
		assertThat(report.getCompleteness()).isEqualTo(67);
	}

	private NationalReport draft() {
		return new NationalReport(this.salvador, 1L, "Report", ReportVisibility.SECRETARIAT, "es");
	}

	private static State state(Long id) {
		State state = mock(State.class);
		when(state.getId()).thenReturn(id);
		return state;
	}

}
