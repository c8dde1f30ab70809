package org.unoda.poa.reporting.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a report says in answer to one question; which part is used depends on the question's
 * type.
 *
 * @param text free text
 * @param choices the chosen option codes (one for yes / partly / no and single choice)
 * @param number a number
 * @param date a date
 */
public record AnswerValue(String text, List<String> choices, BigDecimal number, LocalDate date) {

	public static final AnswerValue EMPTY = new AnswerValue(null, List.of(), null, null);

	public AnswerValue {
		text = (text == null || text.isBlank()) ? null : text.strip();
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	public boolean isEmpty() {
		return this.text == null && this.choices.isEmpty() && this.number == null && this.date == null;
	}

	/**
	 * The single chosen code, for yes / partly / no and single-choice questions.
	 */
	public String choice() {
		return this.choices.isEmpty() ? null : this.choices.get(0);
	}

	public boolean hasChosen(String code) {
		return this.choices.contains(code);
	}

}
