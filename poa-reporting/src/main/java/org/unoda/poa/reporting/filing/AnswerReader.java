package org.unoda.poa.reporting.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.reporting.template.Questionnaire.Question;

/**
 * Reads what a form sent for one question into an answer, by the question's type.
 */
final class AnswerReader {

	static final int MAX_TEXT = 20_000;

	private AnswerReader() {
	}

	/**
	 * @param raw the submitted values; several for a multiple-choice question
	 * @throws FieldRejectedException naming the question's field when a value is not valid
	 */
	static AnswerValue read(Question question, List<String> raw) {
		List<String> values = (raw != null) ? raw.stream().filter((v) -> v != null && !v.isBlank()).toList()
				: List.of();
		if (values.isEmpty()) {
			return AnswerValue.EMPTY;
		}
		String field = fieldOf(question);
		return switch (question.type()) {
			case TEXT -> {
				String text = String.join("\n", values);
				if (text.length() > MAX_TEXT) {
					throw new FieldRejectedException(field, "answer.text.tooLong", MAX_TEXT);
				}
				yield new AnswerValue(text, List.of(), null, null);
			}
			case NUMBER -> {
				try {
					BigDecimal number = new BigDecimal(values.get(0).strip().replace(',', '.'));
					if (number.abs().compareTo(new BigDecimal("1e15")) >= 0) {
						throw new NumberFormatException();
					}
					yield new AnswerValue(null, List.of(), number, null);
				}
				catch (NumberFormatException ex) {
					throw new FieldRejectedException(field, "answer.number.invalid");
				}
			}
			case DATE -> {
				try {
					yield new AnswerValue(null, List.of(), null, LocalDate.parse(values.get(0).strip()));
				}
				catch (DateTimeParseException ex) {
					throw new FieldRejectedException(field, "answer.date.invalid");
				}
			}
			case YES_PARTLY_NO, SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				List<String> codes = values.stream().distinct().toList();
				if (!question.answerCodes().containsAll(codes)
						|| (question.type() != org.unoda.poa.reporting.template.QuestionType.MULTIPLE_CHOICE
								&& codes.size() > 1)) {
					throw new FieldRejectedException(field, "answer.choice.invalid");
				}
				yield new AnswerValue(null, codes, null, null);
			}
			case ATTACHMENT -> AnswerValue.EMPTY;
		};
	}

	/**
	 * The form field of a question: {@code q} and its identifier.
	 */
	static String fieldOf(Question question) {
		return "q" + question.id();
	}

}
