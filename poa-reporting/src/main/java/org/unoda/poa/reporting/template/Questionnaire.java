package org.unoda.poa.reporting.template;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;

/**
 * A template edition as filing, reading and synthesis use it: an immutable tree of sections
 * and questions, safe to cache once published.
 *
 * @param id the edition's identifier
 * @param code the questionnaire's code, the same for every edition
 * @param edition the edition number
 * @param title the title
 * @param description the introduction
 * @param status draft or published
 * @param publishedAt when it was published, {@code null} for a draft
 * @param version the optimistic-locking version, for editing a draft
 * @param sections the sections in order
 */
public record Questionnaire(Long id, String code, int edition, String title, String description,
		TemplateStatus status, Instant publishedAt, long version, List<Section> sections) {

	static Questionnaire of(ReportTemplate template) {
		return new Questionnaire(template.getId(), template.getCode(), template.getEdition(), template.getTitle(),
				template.getDescription(), template.getStatus(), template.getPublishedAt(), template.getVersion(),
				template.getSections().stream().map(Section::of).toList());
	}

	public boolean isPublished() {
		return this.status == TemplateStatus.PUBLISHED;
	}

	public List<Question> questions() {
		return this.sections.stream().flatMap((s) -> s.questions().stream()).toList();
	}

	public Map<Long, Question> questionsById() {
		return questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
	}

	public Optional<Section> section(Long sectionId) {
		return this.sections.stream().filter((s) -> s.id().equals(sectionId)).findFirst();
	}

	public int questionCount() {
		return questions().size();
	}

	/**
	 * A section and its questions.
	 *
	 * @param id the identifier
	 * @param position its place, from 1
	 * @param code the stable code
	 * @param title the title
	 * @param description the introduction
	 * @param pillar the pillar
	 * @param questions the questions in order
	 */
	public record Section(Long id, int position, String code, String title, String description, Pillar pillar,
			List<Question> questions) {

		static Section of(TemplateSection section) {
			return new Section(section.getId(), section.getPosition(), section.getCode(), section.getTitle(),
					section.getDescription(), section.getPillar(),
					section.getQuestions().stream().map((q) -> Question.of(q, section.getId())).toList());
		}

	}

	/**
	 * A question.
	 *
	 * @param id the identifier
	 * @param sectionId the section it belongs to
	 * @param position its place in the section, from 1
	 * @param code the stable code
	 * @param type the kind of answer
	 * @param text the question
	 * @param guidance what to include
	 * @param optional whether it may be left out
	 * @param pillar the pillar
	 * @param norm the norm, or {@code null}
	 * @param options the options of a choice question
	 * @param capacityNeed whether answers describe capacity-building needs
	 */
	public record Question(Long id, Long sectionId, int position, String code, QuestionType type, String text,
			String guidance, boolean optional, Pillar pillar, Norm norm, List<AnswerOption> options,
			boolean capacityNeed) {

		static Question of(TemplateQuestion question, Long sectionId) {
			return new Question(question.getId(), sectionId, question.getPosition(), question.getCode(),
					question.getType(), question.getText(), question.getGuidance(), question.isOptional(),
					question.getPillar(), question.getNorm(), question.getOptions(), question.isCapacityNeed());
		}

		/**
		 * The label of an option code, or the code itself when the option is unknown.
		 */
		public String labelOf(String optionCode) {
			return this.options.stream()
				.filter((o) -> o.code().equals(optionCode))
				.map(AnswerOption::label)
				.findFirst()
				.orElse(optionCode);
		}

		/**
		 * The answer codes a reader can choose from: the options, or yes / partly / no / not
		 * applicable.
		 */
		public List<String> answerCodes() {
			return (this.type == QuestionType.YES_PARTLY_NO) ? AnswerOption.YES_PARTLY_NO
					: this.options.stream().map(AnswerOption::code).toList();
		}

		/**
		 * Details for the edit form.
		 */
		public QuestionDetails details() {
			return new QuestionDetails(this.code, this.type, this.text, this.guidance, this.optional, this.pillar,
					this.norm, this.options, this.capacityNeed);
		}

	}

}
