package org.unoda.poa.reporting.template;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.language.Translations;
import org.unoda.poa.reporting.template.Questionnaire.Question;
import org.unoda.poa.reporting.template.Questionnaire.Section;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader sees each part of a questionnaire wholly in their language once it is fully
 * translated, and wholly as written, marked with its language, until then.
 */
class QuestionnaireTranslationTests {

	private static final Translations SECTION_IN_FRENCH = Translations
		.of(Map.of("fr", Map.of("title", "Contexte national", "description", "Comment votre État s’organise.")));

	private static final Question STRATEGY = question(1L, "Do you have a strategy?", "Answer Partly if in draft.",
			List.of(), Translations.of(Map.of("fr",
					Map.of("text", "Avez-vous une stratégie ?", "guidance", "Répondez En partie si elle est en projet."))));

	private static final Question BODIES = question(2L, "Which bodies?", "",
			List.of(new AnswerOption("PARL", "Parliament"), new AnswerOption("GOV", "Government")),
			// the label of one option is missing, so the question is not yet translated
			Translations.of(Map.of("fr", Map.of("text", "Quels organes ?", "option.PARL", "Parlement"),
					"ar", Map.of("text", "ما الهيئات؟", "option.PARL", "البرلمان", "option.GOV", "الحكومة"))));

	private static final Questionnaire SURVEY = new Questionnaire(7L, "NSI", 1, "Survey", "", TemplateStatus.PUBLISHED,
			Instant.EPOCH, 0,
			List.of(new Section(3L, 1, "CTX", "National context", "How your State organises itself.",
					Pillar.NATIONAL_CONTEXT, List.of(STRATEGY, BODIES), "en", SECTION_IN_FRENCH)),
			"en", "en", Translations.of(Map.of("fr", Map.of("title", "Enquête"))));

	@Test
	void aFullyTranslatedPartIsShownInTheReadersLanguage() {
		Questionnaire french = SURVEY.in("fr");

		assertThat(french.title()).isEqualTo("Enquête");
		assertThat(french.language()).isEqualTo("fr");
		Section section = french.sections().get(0);
		assertThat(section.title()).isEqualTo("Contexte national");
		assertThat(section.language()).isEqualTo("fr");
		Question strategy = section.questions().get(0);
		assertThat(strategy.text()).isEqualTo("Avez-vous une stratégie ?");
		assertThat(strategy.guidance()).isEqualTo("Répondez En partie si elle est en projet.");
		assertThat(strategy.language()).isEqualTo("fr");
	}

	@Test
	void aPartMissingOneTextFallsBackWhole() {
		Question bodies = SURVEY.in("fr").sections().get(0).questions().get(1);

		assertThat(bodies.text()).isEqualTo("Which bodies?");
		assertThat(bodies.options()).extracting(AnswerOption::label).containsExactly("Parliament", "Government");
		assertThat(bodies.language()).isEqualTo("en");
	}

	@Test
	void optionsKeepTheirCodesWhenTheirLabelsAreTranslated() {
		Questionnaire arabic = SURVEY.in("ar");
		Question bodies = arabic.sections().get(0).questions().get(1);

		assertThat(bodies.options()).containsExactly(new AnswerOption("PARL", "البرلمان"),
				new AnswerOption("GOV", "الحكومة"));
		assertThat(bodies.labelOf("GOV")).isEqualTo("الحكومة");
		assertThat(bodies.language()).isEqualTo("ar");
		// the section and the title have no Arabic yet
		assertThat(arabic.sections().get(0).language()).isEqualTo("en");
		assertThat(arabic.language()).isEqualTo("en");
		assertThat(arabic.title()).isEqualTo("Survey");
	}

	@Test
	void theWrittenLanguageIsShownAsWritten() {
		assertThat(SURVEY.in("en")).isEqualTo(SURVEY);
	}

	@Test
	void translationProgressCountsOnlyTextsThatExist() {
		// title; section title and description; question 1 text and guidance; question 2 text and two options
		assertThat(SURVEY.texts()).hasSize(8).containsEntry("question.2.option.GOV", "Government");
		// the French text of question 2 counts; the French title counts; the empty guidance of question 2 does not exist
		assertThat(SURVEY.translationInto("fr")).hasSize(7).doesNotContainKey("question.2.option.GOV");
		assertThat(SURVEY.translationInto("ru")).isEmpty();
	}

	private static Question question(Long id, String text, String guidance, List<AnswerOption> options,
			Translations translations) {
		return new Question(id, 3L, id.intValue(), "CTX." + id,
				options.isEmpty() ? QuestionType.YES_PARTLY_NO : QuestionType.MULTIPLE_CHOICE, text, guidance, false,
				Pillar.NATIONAL_CONTEXT, null, options, false, "en", translations);
	}

}
