package org.unoda.poa.web.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.unoda.poa.reporting.filing.AnswerValue;
import org.unoda.poa.reporting.filing.ReportContent;
import org.unoda.poa.reporting.template.Questionnaire.Question;
import org.unoda.poa.reporting.template.Questionnaire.Section;

/**
 * The values a section's form shows: the saved answers, or what the user sent when it must be
 * shown again (a rejected value, a conflict). Fields are named {@code q} and the question's
 * identifier.
 */
final class SectionForm {

	private final Map<Long, List<String>> values;

	private SectionForm(Map<Long, List<String>> values) {
		this.values = values;
	}

	static SectionForm of(ReportContent content, Section section) {
		Map<Long, List<String>> values = new HashMap<>();
		for (Question question : section.questions()) {
			values.put(question.id(), raw(content.answer(question)));
		}
		return new SectionForm(values);
	}

	static SectionForm sent(MultiValueMap<String, String> parameters) {
		return new SectionForm(values(parameters));
	}

	/**
	 * What the form sent, by question: every field named {@code q} and a number. A question
	 * missing from it (an unticked checkbox list) has no answer; the filing service only takes
	 * the questions of the section being saved.
	 */
	static Map<Long, List<String>> values(MultiValueMap<String, String> parameters) {
		Map<Long, List<String>> values = new HashMap<>();
		parameters.forEach((name, sent) -> {
			if (name.matches("q\\d{1,18}")) {
				values.put(Long.valueOf(name.substring(1)), sent);
			}
		});
		return values;
	}

	static List<String> raw(AnswerValue answer) {
		if (answer.text() != null) {
			return List.of(answer.text());
		}
		if (answer.number() != null) {
			return List.of(plain(answer.number()));
		}
		if (answer.date() != null) {
			return List.of(answer.date().toString());
		}
		return answer.choices();
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	public String value(Question question) {
		List<String> sent = this.values.getOrDefault(question.id(), List.of());
		return sent.isEmpty() ? "" : sent.get(0);
	}

	public boolean has(Question question, String code) {
		return this.values.getOrDefault(question.id(), List.of()).contains(code);
	}

	public boolean isBlank(Question question) {
		return this.values.getOrDefault(question.id(), List.of()).stream().allMatch(String::isBlank);
	}

}
