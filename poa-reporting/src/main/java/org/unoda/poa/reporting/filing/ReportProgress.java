package org.unoda.poa.reporting.filing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Questionnaire;

/**
 * Recomputes what a report records about itself after every change: how many questions are
 * answered, and the text full-text search reads.
 */
@Component
class ReportProgress {

	private final ReportAnswerRepository answers;

	private final ReportAttachmentRepository attachments;

	ReportProgress(ReportAnswerRepository answers, ReportAttachmentRepository attachments) {
		this.answers = answers;
		this.attachments = attachments;
	}

	void update(NationalReport report, Questionnaire questionnaire) {
		Map<Long, AnswerValue> byQuestion = this.answers.findByReportId(report.getId())
			.stream()
			.collect(Collectors.toMap(ReportAnswer::getQuestionId, ReportAnswer::value));
		Set<Long> withFiles = this.attachments.findByReportId(report.getId())
			.stream()
			.map(ReportAttachment::getQuestionId)
			.collect(Collectors.toSet());
		long answered = questionnaire.questions()
			.stream()
			.filter((q) -> (q.type() == QuestionType.ATTACHMENT) ? withFiles.contains(q.id())
					: !byQuestion.getOrDefault(q.id(), AnswerValue.EMPTY).isEmpty())
			.count();
		String text = Stream
			.concat(Stream.of(report.getTitle()),
					questionnaire.questions()
						.stream()
						.map((q) -> byQuestion.get(q.id()))
						.filter((a) -> a != null && a.text() != null)
						.map(AnswerValue::text))
			.collect(Collectors.joining("\n"));
		report.recordProgress((int) answered, questionnaire.questionCount(), text);
	}

	static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
