package org.unoda.poa.reporting.template;

import java.util.List;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;

/**
 * What the secretariat writes about a question.
 *
 * @param code a stable code, kept across editions so answers carry forward
 * @param type the kind of answer
 * @param text the question
 * @param guidance what to include, shown under the question
 * @param optional whether the question may be left out
 * @param pillar the pillar
 * @param norm the norm, for questions on one of the eleven norms; may be {@code null}
 * @param options the options of a choice question, empty otherwise
 * @param capacityNeed whether answers describe capacity-building needs
 */
public record QuestionDetails(String code, QuestionType type, String text, String guidance, boolean optional,
		Pillar pillar, Norm norm, List<AnswerOption> options, boolean capacityNeed) {

	public QuestionDetails {
		guidance = (guidance != null) ? guidance : "";
		options = (type != null && type.hasOptions() && options != null) ? List.copyOf(options) : List.of();
	}

}
