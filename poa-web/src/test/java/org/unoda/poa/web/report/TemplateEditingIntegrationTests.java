package org.unoda.poa.web.report;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.TemplateStatus;
import org.unoda.poa.reporting.template.Templates;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat edits a draft edition in the browser and publishes it; published editions
 * never change, and nobody else edits templates.
 */
@PoaIntegrationTest
class TemplateEditingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Templates templates;

	@Test
	void aNewEditionIsEditedAndPublishedWhilePublishedOnesStayFrozen() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		Questionnaire shipped = this.templates.published().stream()
			.filter((t) -> t.code().equals("NSI") && t.edition() == 1)
			.map((t) -> this.templates.get(t.id()))
			.findFirst()
			.orElseThrow();
		Long sectionId = shipped.sections().get(0).id();

		// the published edition refuses changes
		this.mvc.perform(post("/reporting/templates/{id}/sections/{s}/delete", shipped.id(), sectionId)
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(shipped.version())))
			.andExpect(flash().attribute("flashError", "template.published.frozen"));
		assertThat(this.templates.get(shipped.id()).sections().get(0).id()).isEqualTo(sectionId);

		MvcResult started = this.mvc
			.perform(post("/reporting/templates/{id}/next-edition", shipped.id()).with(TestSignIn.as(secretariat))
				.with(csrf()))
			.andExpect(flash().attribute("flashMessage", "template.draftStarted"))
			.andReturn();
		Long draftId = Long.valueOf(started.getResponse().getRedirectedUrl().replaceAll("\\D*(\\d+).*", "$1"));
		Questionnaire draft = this.templates.get(draftId);
		assertThat(draft.status()).isEqualTo(TemplateStatus.DRAFT);
		assertThat(draft.edition()).isGreaterThan(shipped.edition());
		assertThat(draft.questionCount()).isEqualTo(shipped.questionCount());
		Long draftSection = draft.sections().get(0).id();

		// a second draft of the same questionnaire is refused
		this.mvc.perform(post("/reporting/templates/{id}/next-edition", shipped.id()).with(TestSignIn.as(secretariat))
			.with(csrf())).andExpect(flash().attribute("flashError", "template.draft.exists"));

		// a choice question without options is refused next to the field; a code already used too
		this.mvc
			.perform(post("/reporting/templates/{id}/sections/{s}/questions/new", draftId, draftSection)
				.with(TestSignIn.as(secretariat))
				.with(csrf())
				.param("version", String.valueOf(draft.version()))
				.param("code", "CTX.9")
				.param("type", QuestionType.SINGLE_CHOICE.name())
				.param("text", "Which body adopted the strategy?")
				.param("pillar", "NATIONAL_CONTEXT")
				.param("options", "Parliament"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"options-error\"")));
		this.mvc
			.perform(post("/reporting/templates/{id}/sections/{s}/questions/new", draftId, draftSection)
				.with(TestSignIn.as(secretariat))
				.with(csrf())
				.param("version", String.valueOf(draft.version()))
				.param("code", "CTX.1")
				.param("type", QuestionType.TEXT.name())
				.param("text", "Duplicate code")
				.param("pillar", "NATIONAL_CONTEXT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")));

		this.mvc
			.perform(post("/reporting/templates/{id}/sections/{s}/questions/new", draftId, draftSection)
				.with(TestSignIn.as(secretariat))
				.with(csrf())
				.param("version", String.valueOf(draft.version()))
				.param("code", "CTX.9")
				.param("type", QuestionType.SINGLE_CHOICE.name())
				.param("text", "Which body adopted the strategy?")
				.param("pillar", "NATIONAL_CONTEXT")
				.param("optional", "true")
				.param("options", "PARL=Parliament\nGOV=Government"))
			.andExpect(flash().attribute("flashMessage", "template.changed"));
		Questionnaire changed = this.templates.get(draftId);
		assertThat(changed.questionCount()).isEqualTo(shipped.questionCount() + 1);
		Questionnaire.Question added = changed.sections().get(0).questions().get(changed.sections().get(0).questions().size() - 1);
		assertThat(added.code()).isEqualTo("CTX.9");
		assertThat(added.optional()).isTrue();
		assertThat(added.options()).extracting((o) -> o.code()).containsExactly("PARL", "GOV");

		// a section edited from a page loaded before the question was added: both versions side by
		// side, the editor's title kept in the form on top of the current draft
		Questionnaire.Section section = changed.sections().get(0);
		this.mvc.perform(retitle(secretariat, draftId, section, "Context, retitled", draft.version()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this while you were editing it")))
			.andExpect(content().string(matchesRegex("(?s).*<td[^>]*>" + Pattern.quote(section.title())
					+ "</td>\\s*<td[^>]*>Context, retitled</td>.*")))
			.andExpect(content().string(containsString("value=\"" + changed.version() + "\"")));
		assertThat(this.templates.get(draftId).sections().get(0).title()).isEqualTo(section.title());
		this.mvc.perform(retitle(secretariat, draftId, section, "Context, retitled", changed.version()))
			.andExpect(flash().attribute("flashMessage", "template.changed"));
		changed = this.templates.get(draftId);
		assertThat(changed.sections().get(0).title()).isEqualTo("Context, retitled");

		// an edit from a stale page is refused instead of overwriting
		this.mvc.perform(post("/reporting/templates/{id}/publish", draftId).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(draft.version())))
			.andExpect(flash().attribute("flashError", "template.changedMeanwhile"));
		this.mvc.perform(post("/reporting/templates/{id}/publish", draftId).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("version", String.valueOf(changed.version())))
			.andExpect(flash().attribute("flashMessage", "template.published"));
		assertThat(this.templates.get(draftId).isPublished()).isTrue();
		assertThat(this.templates.get(shipped.id()).questionCount()).isEqualTo(shipped.questionCount());

		// delegates do not edit templates
		this.mvc.perform(get("/reporting/templates/{id}", draftId).with(TestSignIn.as(this.data.approver("SLV"))))
			.andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder retitle(UserAccount secretariat, Long templateId,
			Questionnaire.Section section, String title, long version) {
		return post("/reporting/templates/{id}/sections/{s}/edit", templateId, section.id())
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("code", section.code())
			.param("title", title)
			.param("description", section.description())
			.param("pillar", section.pillar().name())
			.param("version", String.valueOf(version));
	}

}
