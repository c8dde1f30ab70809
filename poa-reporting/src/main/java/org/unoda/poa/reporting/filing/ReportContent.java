package org.unoda.poa.reporting.filing;

import java.util.List;
import java.util.Map;

import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.Questionnaire.Question;

/**
 * Everything a page shows of one report version.
 *
 * @param report the version
 * @param cycle its cycle
 * @param questionnaire the template edition it answers
 * @param answers the answers, by question
 * @param sections the state of each section, by template section
 * @param attachments the attachments, by question
 * @param versions every version of the State's report for the cycle, newest first
 * @param previousReportId the State's previous report (another cycle), if any
 */
public record ReportContent(NationalReport report, ReportingCycle cycle, Questionnaire questionnaire,
		Map<Long, AnswerValue> answers, Map<Long, SectionState> sections, Map<Long, List<AttachmentSummary>> attachments,
		List<VersionSummary> versions, Long previousReportId) {

	/**
	 * This content with the questions as a reader of the given language is shown them.
	 */
	public ReportContent in(String reader) {
		return new ReportContent(this.report, this.cycle, this.questionnaire.in(reader), this.answers, this.sections,
				this.attachments, this.versions, this.previousReportId);
	}

	public AnswerValue answer(Question question) {
		return this.answers.getOrDefault(question.id(), AnswerValue.EMPTY);
	}

	public SectionState section(Long sectionId) {
		return this.sections.getOrDefault(sectionId, SectionState.untouched(sectionId));
	}

	public List<AttachmentSummary> attachments(Question question) {
		return this.attachments.getOrDefault(question.id(), List.of());
	}

	public boolean isAnswered(Question question) {
		return !answer(question).isEmpty() || !attachments(question).isEmpty();
	}

	/**
	 * How many questions not marked optional are still unanswered.
	 */
	public long unansweredRequired() {
		return this.questionnaire.questions().stream().filter((q) -> !q.optional() && !isAnswered(q)).count();
	}

	/**
	 * How many questions of a section are answered.
	 */
	public long answeredIn(Questionnaire.Section section) {
		return section.questions().stream().filter(this::isAnswered).count();
	}

}
