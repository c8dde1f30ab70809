package org.unoda.poa.core.report;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.unoda.poa.core.persistence.AuditedEntity;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.Viewer;

/**
 * One version of a State's voluntary national report for a reporting cycle. The reporting
 * module keeps the cycles, templates and answers; this aggregate owns the rules everybody
 * depends on: who may read it, and how it moves from draft to review to submitted.
 * <p>
 * Revising a submitted report starts a new version (the next revision number); the old one
 * stays readable and is marked superseded once the new one is submitted.
 */
@Entity
@Table(name = "national_report")
public class NationalReport extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "state_id")
	private State state;

	private Long cycleId;

	private int revision = 1;

	private Long revisesId;

	private boolean superseded;

	private String title;

	@Enumerated(EnumType.STRING)
	private ReportStatus status = ReportStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	private ReportVisibility visibility;

	private String language;

	private Instant submittedAt;

	private Instant firstSubmittedAt;

	private int answeredCount;

	private int questionCount;

	private String searchText = "";

	protected NationalReport() {
	}

	public NationalReport(State state, Long cycleId, String title, ReportVisibility visibility, String language) {
		this.state = state;
		this.cycleId = cycleId;
		this.title = title;
		this.visibility = visibility;
		this.language = language;
	}

	/**
	 * Whether the viewer may read this report. The reporting State's own users always may;
	 * nobody else sees a version before it is submitted; after that, the visibility the State
	 * chose decides.
	 */
	public boolean isReadableBy(Viewer viewer) {
		if (viewer.representsState(this.state.getId())) {
			return true;
		}
		if (this.status != ReportStatus.SUBMITTED) {
			return false;
		}
		return switch (this.visibility) {
			case PUBLIC -> true;
			case STATES -> viewer.isStateUser() || viewer.isSecretariatOrAdmin();
			case SECRETARIAT -> viewer.isSecretariatOrAdmin();
		};
	}

	/**
	 * Whether the viewer may change the answers: a delegate of the State, while it is a draft.
	 */
	public boolean isEditableBy(Viewer viewer) {
		return this.status == ReportStatus.DRAFT && viewer.representsState(this.state.getId());
	}

	/**
	 * Hands the draft to the State's approver.
	 */
	public void sendForReview(Viewer viewer) {
		requireState(viewer);
		requireStatus(ReportStatus.DRAFT);
		this.status = ReportStatus.IN_REVIEW;
	}

	/**
	 * The approver sends the report back to the drafters.
	 */
	public void returnForChanges(Viewer viewer) {
		requireApprover(viewer);
		requireStatus(ReportStatus.IN_REVIEW);
		this.status = ReportStatus.DRAFT;
	}

	/**
	 * The approver submits the report on the State's behalf.
	 */
	public void submit(Viewer viewer, Instant when) {
		requireApprover(viewer);
		requireStatus(ReportStatus.IN_REVIEW);
		markSubmitted(when);
	}

	/**
	 * Records a submission made outside the workflow (imports, demo and test data).
	 */
	public void markSubmitted(Instant when) {
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = when;
		if (this.firstSubmittedAt == null) {
			this.firstSubmittedAt = when;
		}
	}

	/**
	 * Starts the next version of a submitted report: a draft with the same cycle, title,
	 * visibility and language. Timeliness stays with the first submission.
	 */
	public NationalReport startRevision(Viewer viewer) {
		requireState(viewer);
		requireStatus(ReportStatus.SUBMITTED);
		if (this.superseded) {
			throw new ReportWorkflowException("reportWorkflow.superseded");
		}
		NationalReport next = new NationalReport(this.state, this.cycleId, this.title, this.visibility,
				this.language);
		next.revision = this.revision + 1;
		next.revisesId = getId();
		next.firstSubmittedAt = this.firstSubmittedAt;
		return next;
	}

	/**
	 * Marks this version as replaced by a newer submitted one.
	 */
	public void supersede() {
		this.superseded = true;
	}

	/**
	 * Changes who may read the report: any of the State's delegates while it is a draft, only
	 * the approver once it is in review or submitted.
	 */
	public void changeVisibility(Viewer viewer, ReportVisibility newVisibility) {
		if (this.status == ReportStatus.DRAFT) {
			requireState(viewer);
		}
		else {
			requireApprover(viewer);
		}
		this.visibility = newVisibility;
	}

	/**
	 * Changes the title and language while the report is being drafted.
	 */
	public void describe(Viewer viewer, String newTitle, String newLanguage) {
		requireState(viewer);
		requireStatus(ReportStatus.DRAFT);
		this.title = newTitle;
		this.language = newLanguage;
	}

	/**
	 * Records how far the answers have got and the text that full-text search reads.
	 */
	public void recordProgress(int answered, int questions, String text) {
		this.answeredCount = answered;
		this.questionCount = questions;
		this.searchText = (text != null) ? text : "";
	}

	private void requireState(Viewer viewer) {
		if (!viewer.representsState(this.state.getId())) {
			throw new ReportAccessDeniedException(getId());
		}
	}

	private void requireApprover(Viewer viewer) {
		if (!viewer.isApproverOf(this.state.getId())) {
			throw new ReportAccessDeniedException(getId());
		}
	}

	private void requireStatus(ReportStatus required) {
		if (this.status != required) {
			throw new ReportWorkflowException("reportWorkflow.notIn." + required.name());
		}
	}

	public State getState() {
		return this.state;
	}

	public Long getCycleId() {
		return this.cycleId;
	}

	public int getRevision() {
		return this.revision;
	}

	public Optional<Long> getRevisesId() {
		return Optional.ofNullable(this.revisesId);
	}

	public boolean isSuperseded() {
		return this.superseded;
	}

	public String getTitle() {
		return this.title;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public ReportVisibility getVisibility() {
		return this.visibility;
	}

	public String getLanguage() {
		return this.language;
	}

	public Optional<Instant> getSubmittedAt() {
		return Optional.ofNullable(this.submittedAt);
	}

	public Optional<Instant> getFirstSubmittedAt() {
		return Optional.ofNullable(this.firstSubmittedAt);
	}

	public int getAnsweredCount() {
		return this.answeredCount;
	}

	public int getQuestionCount() {
		return this.questionCount;
	}

	/**
	 * The share of questions answered, 0 to 100.
	 */
	public int getCompleteness() {
		return (this.questionCount == 0) ? 0 : Math.round(100f * this.answeredCount / this.questionCount);
	}

	public String getSearchText() {
		return this.searchText;
	}

}
