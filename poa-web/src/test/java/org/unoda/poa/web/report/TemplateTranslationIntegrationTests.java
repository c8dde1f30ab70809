package org.unoda.poa.web.report;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.Questionnaire.Question;
import org.unoda.poa.reporting.template.Questionnaire.Section;
import org.unoda.poa.reporting.template.Templates;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat translates a template edition, published or not; delegations then read
 * each part of their report form, the synthesis and the API in their language once it is
 * translated, and see the rest as written, marked with its language.
 */
@PoaIntegrationTest
class TemplateTranslationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Templates templates;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTranslatedPartIsReadInTheDelegatesLanguageAndTheRestIsMarked() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		Questionnaire shipped = shipped();
		Section context = shipped.sections().get(0);
		Question strategy = context.questions().get(0);
		Question year = context.questions().get(1);
		String page = "/reporting/templates/" + shipped.id() + "/translations/ru";

		try {
			this.mvc.perform(get(page).with(TestSignIn.as(secretariat)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(strategy.text())))
				.andExpect(content().string(containsString("name=\"question." + strategy.id() + ".text\"")));
			// the language the edition is written in is not a translation; nobody else translates
			this.mvc.perform(get("/reporting/templates/{id}/translations/en", shipped.id())
				.with(TestSignIn.as(secretariat))).andExpect(status().isNotFound());
			this.mvc.perform(get(page).with(TestSignIn.as(this.data.delegate("GHA"))))
				.andExpect(status().isForbidden());

			// a translation sent from a page older than the edition is shown back, not saved
			this.mvc.perform(post(page).with(TestSignIn.as(secretariat))
				.with(csrf())
				.param("version", String.valueOf(shipped.version() - 1))
				.param("question." + strategy.id() + ".text", "Устаревший перевод"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Устаревший перевод")))
				.andExpect(content().string(containsString("alert-warning")));
			assertThat(shipped().translationInto("ru")).isEmpty();

			this.mvc.perform(post(page).with(TestSignIn.as(secretariat))
				.with(csrf())
				.param("version", String.valueOf(shipped.version()))
				.param("section." + context.id() + ".title", "Национальный контекст")
				.param("section." + context.id() + ".description", "Как ваше государство организует работу.")
				.param("question." + strategy.id() + ".text", "Есть ли у вашего государства стратегия?")
				.param("question." + strategy.id() + ".guidance", "Ответьте «Частично», если стратегия в проекте."))
				.andExpect(flash().attribute("flashMessage", "template.translation.saved"));
			// the published edition serves the translation at once, and shows the progress
			assertThat(shipped().translationInto("ru")).hasSize(4);
			this.mvc.perform(get("/reporting/templates/{id}", shipped.id()).with(TestSignIn.as(secretariat)))
				.andExpect(content().string(containsString("/translations/ru")));

			UserAccount delegate = this.data.delegate("GHA");
			Long cycle = this.data.cycle();
			Long report = startReport(delegate, cycle);
			String fallback = this.messages.getMessage("content.fallback",
					new Object[] { this.messages.getMessage("language.en", null, Locale.forLanguageTag("ru")) }, Locale.forLanguageTag("ru"));
			this.mvc
				.perform(get("/reports/{id}/edit/{section}", report, context.id()).with(TestSignIn.as(delegate))
					.header("Accept-Language", "ru"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">Национальный контекст<")))
				.andExpect(content().string(containsString(">Есть ли у вашего государства стратегия?<")))
				.andExpect(content().string(containsString("Ответьте «Частично», если стратегия в проекте.")))
				// the next question is not translated: shown as written, in English, and marked
				.andExpect(content().string(containsString(
						"<span lang=\"en\">" + year.text() + "</span>")))
				.andExpect(content().string(containsString(fallback)));
			// a reader of another language gets the edition as written
			this.mvc
				.perform(get("/reports/{id}/edit/{section}", report, context.id()).with(TestSignIn.as(delegate))
					.header("Accept-Language", "en"))
				.andExpect(content().string(containsString(strategy.text())))
				.andExpect(content().string(not(containsString("Национальный контекст"))));
		}
		finally {
			removeTranslation(page, secretariat);
		}
	}

	@Test
	void theSynthesisAndTheApiGiveQuestionsInTheReadersLanguageWhereTranslated() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		Questionnaire shipped = shipped();
		Section context = shipped.sections().get(0);
		Question strategy = context.questions().get(0);
		Question year = context.questions().get(1);
		String page = "/reporting/templates/" + shipped.id() + "/translations/ru";
		try {
			this.mvc.perform(post(page).with(TestSignIn.as(secretariat))
				.with(csrf())
				.param("version", String.valueOf(shipped.version()))
				.param("question." + strategy.id() + ".text", "Есть ли у вашего государства стратегия?")
				.param("question." + strategy.id() + ".guidance", "Ответьте «Частично», если стратегия в проекте."))
				.andExpect(flash().attribute("flashMessage", "template.translation.saved"));
			Long cycle = this.data.cycle();

			this.mvc.perform(get("/synthesis").param("cycle", cycle.toString()).header("Accept-Language", "ru"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">Есть ли у вашего государства стратегия?<")));
			this.mvc.perform(get("/synthesis").param("cycle", cycle.toString()).header("Accept-Language", "en"))
				.andExpect(content().string(containsString(strategy.text())))
				.andExpect(content().string(not(containsString("Есть ли у вашего государства стратегия?"))));
			this.mvc.perform(get("/synthesis/needs").param("cycle", cycle.toString()).header("Accept-Language", "ru"))
				.andExpect(status().isOk());

			UserAccount delegate = this.data.delegate("NAM");
			Long report = startReport(delegate, cycle);
			String answers = "$.answers[?(@.question == '%s')].%s";
			this.mvc.perform(get("/api/v1/reports/{id}", report).with(TestSignIn.as(delegate)).header("Accept-Language", "ru"))
				.andExpect(status().isOk())
				.andExpect(jsonPath(answers.formatted(strategy.code(), "text")).value("Есть ли у вашего государства стратегия?"))
				.andExpect(jsonPath(answers.formatted(strategy.code(), "textLanguage")).value("ru"))
				// not translated: as written, and said so
				.andExpect(jsonPath(answers.formatted(year.code(), "text")).value(year.text()))
				.andExpect(jsonPath(answers.formatted(year.code(), "textLanguage")).value("en"));
		}
		finally {
			removeTranslation(page, secretariat);
		}
	}

	@Test
	void aTranslationSavedOnAnotherNodeIsReadHereAtOnce() {
		Questionnaire shipped = shipped();
		Question strategy = shipped.sections().get(0).questions().get(0);
		assertThat(this.templates.get(shipped.id()).in("ru").sections().get(0).questions().get(0).language())
			.isEqualTo("en");
		try {
			// another node saves a translation: the rows change and the edition's version moves on,
			// without this node's memory hearing of it
			anotherNodeTranslates(strategy.id(),
					"{\"ru\": {\"text\": \"Стратегия?\", \"guidance\": \"Да или нет.\"}}", shipped.id());

			Question read = this.templates.get(shipped.id()).in("ru").sections().get(0).questions().get(0);
			assertThat(read.text()).isEqualTo("Стратегия?");
			assertThat(read.language()).isEqualTo("ru");
		}
		finally {
			anotherNodeTranslates(strategy.id(), "{}", shipped.id());
			assertThat(shipped().translationInto("ru")).isEmpty();
		}
	}

	private void anotherNodeTranslates(Long questionId, String translations, Long templateId) {
		this.jdbc.sql("update template_question set translations = cast(:translations as jsonb) where id = :id")
			.param("translations", translations)
			.param("id", questionId)
			.update();
		this.jdbc.sql("update report_template set version = version + 1 where id = :id").param("id", templateId).update();
	}

	private Long startReport(UserAccount delegate, Long cycle) throws Exception {
		MvcResult started = this.mvc
			.perform(post("/reporting/cycles/{id}/report", cycle).with(TestSignIn.as(delegate)).with(csrf()))
			.andReturn();
		return Long.valueOf(started.getResponse().getRedirectedUrl().replaceAll("\\D*(\\d+).*", "$1"));
	}

	/**
	 * Saves an empty translation, so that none is left behind for the other tests.
	 */
	private void removeTranslation(String page, UserAccount secretariat) throws Exception {
		this.mvc.perform(post(page).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(shipped().version())));
		assertThat(shipped().translationInto("ru")).isEmpty();
	}

	private Questionnaire shipped() {
		return this.templates.published()
			.stream()
			.filter((t) -> t.code().equals("NSI") && t.edition() == 1)
			.map((t) -> this.templates.get(t.id()))
			.findFirst()
			.orElseThrow();
	}

}
