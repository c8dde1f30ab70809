package org.unoda.poa.reporting.filing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.file.StoredFile;
import org.unoda.poa.core.file.StoredFiles;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.template.Templates;

/**
 * Reads a report version with everything its page shows, its history and its attachments,
 * always for a viewer: what the viewer may not read is refused, and the list of versions
 * leaves out the ones they may not see.
 */
@Service
@Transactional(readOnly = true)
public class ReportReading {

	private final NationalReports nationalReports;

	private final NationalReportRepository reports;

	private final ReportAnswerRepository answers;

	private final ReportSectionRepository sections;

	private final ReportAttachmentRepository attachments;

	private final ReportEventRepository events;

	private final ReportingCycles cycles;

	private final Templates templates;

	private final StoredFiles files;

	private final Filing filing;

	ReportReading(NationalReports nationalReports, NationalReportRepository reports, ReportAnswerRepository answers,
			ReportSectionRepository sections, ReportAttachmentRepository attachments, ReportEventRepository events,
			ReportingCycles cycles, Templates templates, StoredFiles files, Filing filing) {
		this.nationalReports = nationalReports;
		this.reports = reports;
		this.answers = answers;
		this.sections = sections;
		this.attachments = attachments;
		this.events = events;
		this.cycles = cycles;
		this.templates = templates;
		this.files = files;
		this.filing = filing;
	}

	/**
	 * One version with its answers.
	 * @throws org.unoda.poa.core.report.ReportAccessDeniedException when the viewer may not
	 * read it
	 */
	public ReportContent content(Long reportId, Viewer viewer) {
		NationalReport report = this.nationalReports.get(reportId, viewer);
		ReportingCycle cycle = this.cycles.get(report.getCycleId());
		Map<Long, AnswerValue> answerValues = this.answers.findByReportId(reportId)
			.stream()
			.collect(Collectors.toMap(ReportAnswer::getQuestionId, ReportAnswer::value));
		Map<Long, SectionState> sectionStates = this.sections.findByReportId(reportId)
			.stream()
			.collect(Collectors.toMap(ReportSection::getSectionId, ReportSection::state));
		Map<Long, List<AttachmentSummary>> files = this.attachments.summariesOf(reportId)
			.stream()
			.collect(Collectors.groupingBy(AttachmentSummary::questionId));
		List<VersionSummary> versions = this.reports
			.findByStateIdAndCycleIdOrderByRevisionDesc(report.getState().getId(), report.getCycleId())
			.stream()
			.filter((v) -> v.isReadableBy(viewer))
			.map(VersionSummary::of)
			.toList();
		Long previous = this.filing.previousReport(report)
			.filter((p) -> p.isReadableBy(viewer))
			.map(NationalReport::getId)
			.orElse(null);
		return new ReportContent(report, cycle, this.templates.get(cycle.getTemplateId()), answerValues,
				sectionStates, files, versions, previous);
	}

	/**
	 * Two of a State's report versions side by side, the older on the left.
	 * @throws org.unoda.poa.core.report.ReportAccessDeniedException when the viewer may not
	 * read either
	 */
	public ReportComparison compare(Long oneId, Long otherId, Viewer viewer) {
		ReportContent one = content(oneId, viewer);
		ReportContent other = content(otherId, viewer);
		if (!one.report().getState().getId().equals(other.report().getState().getId())) {
			throw new NotFoundException("comparable report", otherId);
		}
		boolean oneFirst = one.report().getCreatedAt().isBefore(other.report().getCreatedAt());
		return oneFirst ? ReportComparison.of(one, other) : ReportComparison.of(other, one);
	}

	/**
	 * The report's history, newest first, for the State's own users and the secretariat.
	 */
	public List<ReportEvent> history(Long reportId, Viewer viewer) {
		NationalReport report = this.nationalReports.get(reportId, viewer);
		if (!viewer.representsState(report.getState().getId()) && !viewer.isSecretariatOrAdmin()) {
			return List.of();
		}
		return this.events.findByReportIdOrderByAtDesc(reportId);
	}

	/**
	 * An attachment's file, if the viewer may read the report it belongs to.
	 */
	public StoredFile attachment(Long reportId, Long attachmentId, Viewer viewer) {
		this.nationalReports.get(reportId, viewer);
		ReportAttachment attachment = this.attachments.findById(attachmentId)
			.filter((a) -> a.getReportId().equals(reportId))
			.orElseThrow(() -> new NotFoundException("attachment", attachmentId));
		return this.files.get(attachment.getFileId());
	}

}
