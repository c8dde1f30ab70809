package org.unoda.poa.reporting.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.language.Translations;

/**
 * A template edition as filing, reading and synthesis use it: an immutable tree of sections
 * and questions, safe to cache once published.
 * <p>
 * {@link #in(String)} gives the edition as a reader of a language is shown it. Each part (the
 * edition's title and introduction, a section, a question) is shown wholly in the reader's
 * language when all its texts are translated, and otherwise wholly in the language the
 * edition is written in; its {@code language} says which, so pages can mark a part that
 * falls back.
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
 * @param language the language the title and introduction are shown in
 * @param writtenIn the language the edition is written in
 * @param translations the translations of the title and introduction
 */
public record Questionnaire(Long id, String code, int edition, String title, String description,
		TemplateStatus status, Instant publishedAt, long version, List<Section> sections, String language,
		String writtenIn, Translations translations) {

	static Questionnaire of(ReportTemplate template) {
		return new Questionnaire(template.getId(), template.getCode(), template.getEdition(), template.getTitle(),
				template.getDescription(), template.getStatus(), template.getPublishedAt(), template.getVersion(),
				template.getSections().stream().map((s) -> Section.of(s, template.getLanguage())).toList(),
				template.getLanguage(), template.getLanguage(), template.getTranslations());
	}

	/**
	 * This edition as a reader of the given language is shown it.
	 */
	public Questionnaire in(String reader) {
		List<Section> shown = this.sections.stream().map((s) -> s.in(reader, this.writtenIn)).toList();
		Optional<Map<String, String>> texts = translation(this.translations, reader, this.writtenIn,
				titled(this.description));
		return texts
			.map((t) -> new Questionnaire(this.id, this.code, this.edition, t.get("title"),
					t.getOrDefault("description", ""), this.status, this.publishedAt, this.version, shown, reader,
					this.writtenIn, this.translations))
			.orElseGet(() -> new Questionnaire(this.id, this.code, this.edition, this.title, this.description,
					this.status, this.publishedAt, this.version, shown, this.writtenIn, this.writtenIn,
					this.translations));
	}

	/**
	 * Every text of the edition to translate, as written, by the key
	 * {@link TemplateEditing#translate} takes: {@code template.title},
	 * {@code section.ID.description}, {@code question.ID.option.CODE} and so on. Empty
	 * introductions and guidance are left out.
	 */
	public Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		put(texts, "template.", Map.of("title", this.title, "description", this.description), titled(this.description));
		for (Section section : this.sections) {
			put(texts, "section." + section.id() + ".", Map.of("title", section.title(), "description",
					section.description()), titled(section.description()));
			for (Question question : section.questions()) {
				Map<String, String> originals = new LinkedHashMap<>();
				originals.put("text", question.text());
				originals.put("guidance", question.guidance());
				question.options().forEach((o) -> originals.put(Question.optionField(o.code()), o.label()));
				put(texts, "question." + question.id() + ".", originals, question.translatedFields());
			}
		}
		return texts;
	}

	/**
	 * The translation into a language, by the same keys as {@link #texts()}.
	 */
	public Map<String, String> translationInto(String language) {
		Map<String, String> translated = new LinkedHashMap<>();
		put(translated, "template.", this.translations.in(language), titled(this.description));
		for (Section section : this.sections) {
			put(translated, "section." + section.id() + ".", section.translations().in(language),
					titled(section.description()));
			for (Question question : section.questions()) {
				put(translated, "question." + question.id() + ".", question.translations().in(language),
						question.translatedFields());
			}
		}
		return translated;
	}

	private static void put(Map<String, String> into, String prefix, Map<String, String> texts, List<String> fields) {
		fields.stream().filter(texts::containsKey).forEach((field) -> into.put(prefix + field, texts.get(field)));
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
	 * The translation of a part into the reader's language, when it gives every one of the
	 * part's texts.
	 */
	private static Optional<Map<String, String>> translation(Translations translations, String reader,
			String writtenIn, List<String> fields) {
		return (!reader.equals(writtenIn) && translations.covers(reader, fields))
				? Optional.of(translations.in(reader)) : Optional.empty();
	}

	/**
	 * The texts of a part with a title and an introduction that may be empty.
	 */
	public static List<String> titled(String description) {
		return (description == null || description.isBlank()) ? List.of("title") : List.of("title", "description");
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
	 * @param language the language the title and introduction are shown in
	 * @param translations the translations of the title and introduction
	 */
	public record Section(Long id, int position, String code, String title, String description, Pillar pillar,
			List<Question> questions, String language, Translations translations) {

		static Section of(TemplateSection section, String writtenIn) {
			return new Section(section.getId(), section.getPosition(), section.getCode(), section.getTitle(),
					section.getDescription(), section.getPillar(),
					section.getQuestions().stream().map((q) -> Question.of(q, section.getId(), writtenIn)).toList(),
					writtenIn, section.getTranslations());
		}

		Section in(String reader, String writtenIn) {
			List<Question> shown = this.questions.stream().map((q) -> q.in(reader, writtenIn)).toList();
			return translation(this.translations, reader, writtenIn, titled(this.description))
				.map((t) -> new Section(this.id, this.position, this.code, t.get("title"),
						t.getOrDefault("description", ""), this.pillar, shown, reader, this.translations))
				.orElseGet(() -> new Section(this.id, this.position, this.code, this.title, this.description,
						this.pillar, shown, writtenIn, this.translations));
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
	 * @param language the language the text, guidance and options are shown in
	 * @param translations the translations of the text ({@code text}), the guidance
	 * ({@code guidance}) and the label of each option ({@code option.CODE})
	 */
	public record Question(Long id, Long sectionId, int position, String code, QuestionType type, String text,
			String guidance, boolean optional, Pillar pillar, Norm norm, List<AnswerOption> options,
			boolean capacityNeed, String language, Translations translations) {

		static Question of(TemplateQuestion question, Long sectionId, String writtenIn) {
			return new Question(question.getId(), sectionId, question.getPosition(), question.getCode(),
					question.getType(), question.getText(), question.getGuidance(), question.isOptional(),
					question.getPillar(), question.getNorm(), question.getOptions(), question.isCapacityNeed(),
					writtenIn, question.getTranslations());
		}

		/**
		 * The field holding the translated label of an option.
		 */
		public static String optionField(String optionCode) {
			return "option." + optionCode;
		}

		/**
		 * The texts a complete translation of this question gives: the text, the guidance
		 * when there is one, and the label of each option.
		 */
		public List<String> translatedFields() {
			List<String> fields = new ArrayList<>(List.of("text"));
			if (this.guidance != null && !this.guidance.isBlank()) {
				fields.add("guidance");
			}
			this.options.forEach((o) -> fields.add(optionField(o.code())));
			return fields;
		}

		Question in(String reader, String writtenIn) {
			return translation(this.translations, reader, writtenIn, translatedFields())
				.map((t) -> new Question(this.id, this.sectionId, this.position, this.code, this.type,
						t.get("text"), t.getOrDefault("guidance", ""), this.optional, this.pillar, this.norm,
						this.options.stream().map((o) -> new AnswerOption(o.code(), t.get(optionField(o.code())))).toList(),
						this.capacityNeed, reader, this.translations))
				.orElseGet(() -> new Question(this.id, this.sectionId, this.position, this.code, this.type,
						this.text, this.guidance, this.optional, this.pillar, this.norm, this.options,
						this.capacityNeed, writtenIn, this.translations));
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
