package org.unoda.poa.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReports;
import org.unoda.poa.core.report.ReportStatus;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.filing.AnswerValue;
import org.unoda.poa.reporting.filing.AttachmentSummary;
import org.unoda.poa.reporting.filing.ReportContent;
import org.unoda.poa.reporting.filing.ReportReading;
import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * National reports as open data: anyone gets the public reports with their answers;
 * signed-in users get what their role and State allow, exactly as on the pages.
 */
@RestController
@Tag(name = "National reports", description = "Voluntary national reports and their answers, as far as the caller may read them")
class ReportApiController {

	private static final Limit LIST_SIZE = Limit.of(500);

	private final NationalReports reports;

	private final ReportReading reading;

	private final ReportingCycles cycles;

	ReportApiController(NationalReports reports, ReportReading reading, ReportingCycles cycles) {
		this.reports = reports;
		this.reading = reading;
		this.cycles = cycles;
	}

	@GetMapping("/api/v1/reports")
	@Operation(summary = "The current versions of the reports the caller may read, newest first")
	List<ReportResource> list(Viewer viewer) {
		return this.reports.readableBy(viewer, LIST_SIZE).stream().map(ReportResource::of).toList();
	}

	@GetMapping("/api/v1/reports/{id}")
	@Operation(summary = "One report version with every answer; 403 when it exists but the caller may not read it. "
			+ "Questions come in the caller's language where translated (the language chosen on the platform, "
			+ "else Accept-Language), as written otherwise")
	ReportDetail one(@PathVariable Long id, Viewer viewer) {
		return ReportDetail.of(this.reading.content(id, viewer).in(UnLanguage.ofReader()));
	}

	@GetMapping("/api/v1/cycles")
	@Operation(summary = "The reporting cycles, newest first")
	List<CycleResource> cycles() {
		return this.cycles.all().stream().map(CycleResource::of).toList();
	}

	/**
	 * A report in a list.
	 *
	 * @param id the version's identifier
	 * @param state the reporting State's alpha-3 code
	 * @param cycleId the reporting cycle
	 * @param revision the version number
	 * @param title the title
	 * @param status draft, in review or submitted
	 * @param visibility who the State lets read it
	 * @param language the language it was written in
	 * @param submittedAt when it was submitted, if it was
	 */
	record ReportResource(Long id, String state, Long cycleId, int revision, String title, ReportStatus status,
			ReportVisibility visibility, String language, Instant submittedAt) {

		static ReportResource of(NationalReport report) {
			return new ReportResource(report.getId(), report.getState().getAlpha3(), report.getCycleId(),
					report.getRevision(), report.getTitle(), report.getStatus(), report.getVisibility(),
					report.getLanguage(), report.getSubmittedAt().orElse(null));
		}

	}

	/**
	 * A report version with its answers.
	 *
	 * @param report the report
	 * @param template the template edition's code and number, such as {@code NSI-1}
	 * @param answers one entry per question, answered or not
	 */
	record ReportDetail(ReportResource report, String template, List<AnswerResource> answers) {

		static ReportDetail of(ReportContent content) {
			Questionnaire questionnaire = content.questionnaire();
			List<AnswerResource> answers = questionnaire.sections()
				.stream()
				.flatMap((s) -> s.questions().stream().map((q) -> AnswerResource.of(s, q, content)))
				.toList();
			return new ReportDetail(ReportResource.of(content.report()),
					questionnaire.code() + "-" + questionnaire.edition(), answers);
		}

	}

	/**
	 * One question and the report's answer.
	 *
	 * @param section the section's code
	 * @param question the question's code, stable across template editions
	 * @param pillar the pillar
	 * @param norm the norm's letter, if the question is about one
	 * @param type the kind of answer
	 * @param text the question
	 * @param textLanguage the language the question is given in: the caller's where translated,
	 * otherwise the one the template is written in
	 * @param choices the chosen option codes (yes / partly / no questions: YES, PARTLY, NO,
	 * NOT_APPLICABLE)
	 * @param answerText a free-text answer
	 * @param number a number answer
	 * @param date a date answer
	 * @param files the names of attached files
	 */
	record AnswerResource(String section, String question, Pillar pillar, String norm, QuestionType type,
			String text, String textLanguage, List<String> choices, String answerText, BigDecimal number, LocalDate date,
			List<String> files) {

		static AnswerResource of(Questionnaire.Section section, Questionnaire.Question question,
				ReportContent content) {
			AnswerValue value = content.answer(question);
			return new AnswerResource(section.code(), question.code(), question.pillar(),
					(question.norm() != null) ? question.norm().letter() : null, question.type(), question.text(),
					question.language(), value.choices(), value.text(), value.number(), value.date(),
					content.attachments(question).stream().map(AttachmentSummary::filename).toList());
		}

	}

	/**
	 * A reporting cycle.
	 *
	 * @param id the identifier
	 * @param title the title
	 * @param templateId the template edition States answer
	 * @param opensOn the first day of filing
	 * @param deadline the deadline (reports submitted after it count as late)
	 */
	record CycleResource(Long id, String title, Long templateId, LocalDate opensOn, LocalDate deadline) {

		static CycleResource of(ReportingCycle cycle) {
			return new CycleResource(cycle.getId(), cycle.getTitle(), cycle.getTemplateId(), cycle.getOpensOn(),
					cycle.getDeadline());
		}

	}

}
