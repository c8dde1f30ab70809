package org.unoda.poa.reporting.filing;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.ReportStatus;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.report.ReportWorkflowException;
import org.unoda.poa.core.user.Viewer;

/**
 * The steps of a report between its State's drafters and its approver: sending for review,
 * returning with comments, submitting, revising, and choosing who may read it. Each step is
 * recorded in the report's history with the comment that went with it.
 */
@Service
@Transactional
public class ReportWorkflow {

	static final int MAX_COMMENT = 4000;

	private final NationalReportRepository reports;

	private final ReportEventRepository events;

	private final ReportSectionRepository sections;

	private final Filing filing;

	private final ReportProgress progress;

	private final Clock clock;

	ReportWorkflow(NationalReportRepository reports, ReportEventRepository events, ReportSectionRepository sections,
			Filing filing, ReportProgress progress, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.sections = sections;
		this.filing = filing;
		this.progress = progress;
		this.clock = clock;
	}

	public void sendForReview(Viewer viewer, Long reportId, String comment) {
		NationalReport report = load(reportId);
		report.sendForReview(viewer);
		record(report, ReportEventKind.SENT_FOR_REVIEW, comment, viewer);
	}

	/**
	 * The approver returns the report to the drafters; the comment says what to change.
	 */
	public void returnForChanges(Viewer viewer, Long reportId, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new FieldRejectedException("comment", "reportWorkflow.comment.missing");
		}
		NationalReport report = load(reportId);
		report.returnForChanges(viewer);
		record(report, ReportEventKind.RETURNED, comment, viewer);
	}

	/**
	 * The approver submits the report; an earlier submitted version of it is superseded.
	 */
	public void submit(Viewer viewer, Long reportId, String comment) {
		NationalReport report = load(reportId);
		report.submit(viewer, this.clock.instant());
		this.reports.findByStateIdAndCycleIdOrderByRevisionDesc(report.getState().getId(), report.getCycleId())
			.stream()
			.filter((other) -> !other.getId().equals(reportId) && other.getStatus() == ReportStatus.SUBMITTED)
			.forEach(NationalReport::supersede);
		record(report, ReportEventKind.SUBMITTED, comment, viewer);
	}

	/**
	 * Starts a new version of a submitted report, with its answers and attachments.
	 * @return the new version's identifier
	 */
	public Long startRevision(Viewer viewer, Long reportId) {
		NationalReport report = load(reportId);
		NationalReport revision = report.startRevision(viewer);
		this.filing.lockReportsOf(report.getState().getId(), report.getCycleId());
		List<NationalReport> versions = this.reports
			.findByStateIdAndCycleIdOrderByRevisionDesc(report.getState().getId(), report.getCycleId());
		if (versions.stream().anyMatch((v) -> v.getStatus() != ReportStatus.SUBMITTED)) {
			throw new ReportWorkflowException("reportWorkflow.revisionOpen");
		}
		NationalReport next = this.reports.saveAndFlush(revision);
		var questionnaire = this.filing.questionnaireOf(next);
		questionnaire.sections().forEach((s) -> this.sections.save(new ReportSection(next.getId(), s.id())));
		this.filing.copyAnswers(report, next, questionnaire, null);
		this.progress.update(next, questionnaire);
		record(next, ReportEventKind.REVISION_STARTED, "", viewer);
		return next.getId();
	}

	public void changeVisibility(Viewer viewer, Long reportId, ReportVisibility visibility) {
		NationalReport report = load(reportId);
		if (report.getVisibility() == visibility) {
			return;
		}
		report.changeVisibility(viewer, visibility);
		record(report, ReportEventKind.VISIBILITY_CHANGED, visibility.name(), viewer);
	}

	private NationalReport load(Long reportId) {
		return this.reports.findForChange(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
	}

	private void record(NationalReport report, ReportEventKind kind, String comment, Viewer viewer) {
		String text = (comment != null) ? comment.strip() : "";
		if (text.length() > MAX_COMMENT) {
			throw new FieldRejectedException("comment", "reportWorkflow.comment.tooLong", MAX_COMMENT);
		}
		this.events.save(new ReportEvent(report.getId(), kind, text, this.clock.instant(), viewer.username()));
	}

}
