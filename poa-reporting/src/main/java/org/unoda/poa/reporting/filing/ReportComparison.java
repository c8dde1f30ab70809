package org.unoda.poa.reporting.filing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Questionnaire.Question;

/**
 * Two versions of a State's reports side by side, question by question. Questions are
 * matched by their stable code, so versions on different template editions compare too.
 *
 * @param left the older version
 * @param right the newer version
 * @param rows one row per question in either version, in the newer version's order
 */
public record ReportComparison(ReportContent left, ReportContent right, List<Row> rows) {

	static ReportComparison of(ReportContent left, ReportContent right) {
		Map<String, Question> leftByCode = left.questionnaire()
			.questions()
			.stream()
			.collect(Collectors.toMap(Question::code, Function.identity()));
		Map<String, Question> rightByCode = right.questionnaire()
			.questions()
			.stream()
			.collect(Collectors.toMap(Question::code, Function.identity()));
		Set<String> codes = new LinkedHashSet<>(rightByCode.keySet());
		codes.addAll(leftByCode.keySet());
		List<Row> rows = new ArrayList<>();
		for (String code : codes) {
			Question l = leftByCode.get(code);
			Question r = rightByCode.get(code);
			Question shown = (r != null) ? r : l;
			AnswerValue a = (l != null) ? left.answer(l) : AnswerValue.EMPTY;
			AnswerValue b = (r != null) ? right.answer(r) : AnswerValue.EMPTY;
			List<String> filesA = (l != null) ? left.attachments(l).stream().map(AttachmentSummary::filename).toList()
					: List.of();
			List<String> filesB = (r != null) ? right.attachments(r).stream().map(AttachmentSummary::filename).toList()
					: List.of();
			boolean changed = !Objects.equals(a, b) || !filesA.equals(filesB);
			boolean inBoth = l != null && r != null && l.type() == r.type();
			TextDifference text = (inBoth && shown.type() == QuestionType.TEXT && changed)
					? TextDifference.between(Objects.toString(a.text(), ""), Objects.toString(b.text(), "")) : null;
			rows.add(new Row(shown, l, r, a, b, changed, text));
		}
		return new ReportComparison(left, right, rows);
	}

	public long changedCount() {
		return this.rows.stream().filter(Row::changed).count();
	}

	/**
	 * One question in both versions.
	 *
	 * @param question the question as the newer version asks it (or the older, if it was
	 * dropped)
	 * @param leftQuestion the question in the older version, {@code null} if it was added
	 * @param rightQuestion the question in the newer version, {@code null} if it was dropped
	 * @param leftAnswer the older answer
	 * @param rightAnswer the newer answer
	 * @param changed whether the answers differ
	 * @param text the word-by-word difference of a text answer changed between versions that both
	 * ask the question, else {@code null}
	 */
	public record Row(Question question, Question leftQuestion, Question rightQuestion, AnswerValue leftAnswer,
			AnswerValue rightAnswer, boolean changed, TextDifference text) {

	}

}
