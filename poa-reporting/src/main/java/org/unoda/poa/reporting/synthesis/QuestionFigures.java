package org.unoda.poa.reporting.synthesis;

import java.util.List;
import java.util.Map;

import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.reporting.template.Questionnaire.Question;

/**
 * How States answered one question.
 *
 * @param question the question
 * @param respondents how many reports answered it
 * @param options each answer with the number of reports that chose it, in the question's
 * order
 */
public record QuestionFigures(Question question, int respondents, List<OptionCount> options) {

	/**
	 * One answer option and how often it was chosen, in total and per regional group.
	 *
	 * @param code the option's code
	 * @param label the option's label (for yes / partly / no: the code, translated by pages)
	 * @param count how many reports chose it
	 * @param byGroup how many per regional group
	 */
	public record OptionCount(String code, String label, int count, Map<RegionalGroup, Integer> byGroup) {

		public int in(RegionalGroup group) {
			return this.byGroup.getOrDefault(group, 0);
		}

		/**
		 * The share of respondents, 0 to 100.
		 */
		public int shareOf(int respondents) {
			return (respondents == 0) ? 0 : Math.round(100f * this.count / respondents);
		}

	}

}
