package org.unoda.poa.web.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.ReportStatus;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.filing.Filing;
import org.unoda.poa.reporting.filing.ReportContent;
import org.unoda.poa.reporting.filing.ReportReading;
import org.unoda.poa.reporting.filing.ReportWorkflow;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.Questionnaire.Question;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Filing a report through the pages: starting it, saving sections as the delegate types,
 * the review and submission and who may make each step, pre-filling and "no change",
 * revisions and their comparison, concurrent edits, and attachments.
 */
@PoaIntegrationTest
class FilingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Filing filing;

	@Autowired
	ReportWorkflow workflow;

	@Autowired
	ReportReading reading;

	@Autowired
	NationalReportRepository reports;

	@Test
	void aDelegateFilesTheApproverSubmitsAndOnlyTheyMayTakeTheirSteps() throws Exception {
		Long cycle = this.data.cycle();
		UserAccount drafter = this.data.delegate("GHA");
		UserAccount approver = this.data.approver("GHA");
		UserAccount otherApprover = this.data.approver("NGA");
		UserAccount secretariat = this.data.secretariat();

		MvcResult started = this.mvc
			.perform(post("/reporting/cycles/{id}/report", cycle).with(TestSignIn.as(drafter)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		Long id = Long.valueOf(started.getResponse().getRedirectedUrl().replaceAll("\\D*(\\d+).*", "$1"));
		ReportContent content = this.reading.content(id, drafter.asViewer());
		Questionnaire.Section first = content.questionnaire().sections().get(0);
		Question yesNo = first.questions().get(0);
		this.mvc.perform(get("/reports/{id}/edit/{section}", id, first.id()).with(TestSignIn.as(drafter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-autosave=\"" + id + "-" + first.id() + "\"")))
			.andExpect(content().string(containsString("/js/autosave.js")));

		this.mvc
			.perform(post("/reports/{id}/edit/{section}", id, first.id()).with(TestSignIn.as(drafter))
				.with(csrf())
				.header("X-Autosave", "1")
				.param("baseEdits", "0")
				.param("q" + yesNo.id(), "YES"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.edits").value(1))
			.andExpect(jsonPath("$.completeness").value(Math.round(100f / content.questionnaire().questionCount())));

		// nobody but the State's approver submits; nobody outside the State sends for review
		this.mvc.perform(post("/reports/{id}/send-for-review", id).with(TestSignIn.as(otherApprover)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/reports/{id}/send-for-review", id).with(TestSignIn.as(drafter)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "reportWorkflow.sentForReview"));
		this.mvc.perform(post("/reports/{id}/edit/{section}", id, first.id()).with(TestSignIn.as(drafter))
			.with(csrf())
			.param("baseEdits", "1")
			.param("q" + yesNo.id(), "NO"))
			.andExpect(redirectedUrl("/reports/" + id))
			.andExpect(flash().attribute("flashError", "reportWorkflow.notEditable"));
		// a page still open elsewhere stops autosaving and says why
		this.mvc
			.perform(post("/reports/{id}/edit/{section}", id, first.id()).with(TestSignIn.as(drafter))
				.with(csrf())
				.header("X-Autosave", "1")
				.param("baseEdits", "1")
				.param("q" + yesNo.id(), "NO"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.notEditable").value(true));
		for (UserAccount notAllowed : List.of(drafter, otherApprover, secretariat)) {
			this.mvc.perform(post("/reports/{id}/submit", id).with(TestSignIn.as(notAllowed)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/reports/{id}/return", id).with(TestSignIn.as(approver)).with(csrf()))
			.andExpect(flash().attribute("flashError", "reportWorkflow.comment.missing"));
		this.mvc
			.perform(post("/reports/{id}/return", id).with(TestSignIn.as(approver))
				.with(csrf())
				.param("comment", "Please add the strategy document."))
			.andExpect(flash().attribute("flashMessage", "reportWorkflow.returned"));
		assertThat(this.reports.findById(id).orElseThrow().getStatus()).isEqualTo(ReportStatus.DRAFT);
		this.mvc.perform(get("/reports/{id}", id).with(TestSignIn.as(drafter)))
			.andExpect(content().string(containsString("Please add the strategy document.")));

		this.workflow.sendForReview(drafter.asViewer(), id, "");
		this.mvc.perform(post("/reports/{id}/submit", id).with(TestSignIn.as(approver)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "reportWorkflow.submitted"));
		NationalReport submitted = this.reports.findById(id).orElseThrow();
		assertThat(submitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(submitted.getSubmittedAt()).isPresent();
	}

	@Test
	void aNewReportIsPrefilledFromThePreviousOneAndASectionCanBeMarkedUnchanged() {
		UserAccount drafter = this.data.delegate("PER");
		UserAccount approver = this.data.approver("PER");
		Viewer viewer = drafter.asViewer();
		NationalReport previous = this.filing.startOrResume(viewer,
				this.data.cycle(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-30")), "es");
		Questionnaire questionnaire = this.reading.content(previous.getId(), viewer).questionnaire();
		Questionnaire.Section law = section(questionnaire, "LAW");
		Question position = question(law, "LAW.1");
		Question explanation = question(law, "LAW.2");
		this.filing.saveSection(viewer, previous.getId(), law.id(), 0,
				Map.of(position.id(), List.of("PARTLY"), explanation.id(), List.of("Publicada en 2024.")));
		this.workflow.sendForReview(viewer, previous.getId(), "");
		this.workflow.submit(approver.asViewer(), previous.getId(), "");

		NationalReport next = this.filing.startOrResume(viewer,
				this.data.cycle(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30")), "es");
		ReportContent prefilled = this.reading.content(next.getId(), viewer);
		assertThat(prefilled.answer(position).choices()).containsExactly("PARTLY");
		assertThat(prefilled.answer(explanation).text()).isEqualTo("Publicada en 2024.");
		assertThat(prefilled.previousReportId()).isEqualTo(previous.getId());

		this.filing.saveSection(viewer, next.getId(), law.id(), 0,
				Map.of(position.id(), List.of("YES"), explanation.id(), List.of("Actualizada.")));
		this.filing.keepUnchanged(viewer, next.getId(), law.id(), 1);
		ReportContent unchanged = this.reading.content(next.getId(), viewer);
		assertThat(unchanged.answer(position).choices()).containsExactly("PARTLY");
		assertThat(unchanged.answer(explanation).text()).isEqualTo("Publicada en 2024.");
		assertThat(unchanged.section(law.id()).unchanged()).isTrue();
	}

	@Test
	void aRevisionIsANewVersionAndTheComparisonHighlightsWhatChanged() throws Exception {
		UserAccount drafter = this.data.delegate("CHL");
		UserAccount approver = this.data.approver("CHL");
		Viewer viewer = drafter.asViewer();
		NationalReport first = this.filing.startOrResume(viewer, this.data.cycle(), "en");
		Questionnaire questionnaire = this.reading.content(first.getId(), viewer).questionnaire();
		Questionnaire.Section context = section(questionnaire, "CTX");
		Question lead = question(context, "CTX.3");
		this.filing.saveSection(viewer, first.getId(), context.id(), 0,
				Map.of(lead.id(), List.of("The Ministry of Interior leads.")));
		this.workflow.sendForReview(viewer, first.getId(), "");
		this.workflow.submit(approver.asViewer(), first.getId(), "");

		MvcResult revised = this.mvc
			.perform(post("/reports/{id}/revise", first.getId()).with(TestSignIn.as(drafter)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		Long secondId = Long.valueOf(revised.getResponse().getRedirectedUrl().replaceAll("\\D*(\\d+).*", "$1"));
		// the message that a new version was started reaches the section the draft opens on
		this.mvc
			.perform(get(revised.getResponse().getRedirectedUrl()).cookie(revised.getResponse().getCookie("POA_SESSION"))
				.with(TestSignIn.as(drafter)))
			.andExpect(redirectedUrl("/reports/" + secondId + "/edit/" + context.id()))
			.andExpect(flash().attribute("flashMessage", "reportWorkflow.revisionStarted"));
		ReportContent copy = this.reading.content(secondId, viewer);
		assertThat(copy.report().getRevision()).isEqualTo(2);
		assertThat(copy.answer(lead).text()).isEqualTo("The Ministry of Interior leads.");

		this.filing.saveSection(viewer, secondId, context.id(), copy.section(context.id()).edits(),
				Map.of(lead.id(), List.of("The Ministry of Digital Affairs leads.")));
		this.workflow.sendForReview(viewer, secondId, "");
		this.workflow.submit(approver.asViewer(), secondId, "");
		assertThat(this.reports.findById(first.getId()).orElseThrow().isSuperseded()).isTrue();

		UserAccount secretariat = this.data.secretariat();
		this.mvc.perform(get("/reports/{id}", first.getId()).with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("replaced by a later version")));
		this.mvc
			.perform(get("/reports/{id}/compare", secondId).param("with", first.getId().toString())
				.with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 of " + questionnaire.questionCount() + " answers differ")))
			.andExpect(content().string(containsString("<del>Interior </del>")))
			.andExpect(content().string(containsString("<ins>Digital Affairs </ins>")));
	}

	@Test
	void aSecondEditorOfTheSameSectionSeesAConflictAndLosesNothing() throws Exception {
		UserAccount one = this.data.delegate("URY");
		UserAccount other = this.data.delegate("URY");
		NationalReport report = this.filing.startOrResume(one.asViewer(), this.data.cycle(), "es");
		Questionnaire.Section context = section(this.reading.content(report.getId(), one.asViewer()).questionnaire(),
				"CTX");
		Question lead = question(context, "CTX.3");

		// both opened the section at edit count 0; the first saves
		this.mvc.perform(post("/reports/{id}/edit/{section}", report.getId(), context.id()).with(TestSignIn.as(one))
			.with(csrf())
			.param("baseEdits", "0")
			.param("q" + lead.id(), "First editor's text"))
			.andExpect(status().isFound());
		// the second's autosave is refused, and so is the plain save: both versions are shown
		this.mvc
			.perform(post("/reports/{id}/edit/{section}", report.getId(), context.id()).with(TestSignIn.as(other))
				.with(csrf())
				.header("X-Autosave", "1")
				.param("baseEdits", "0")
				.param("q" + lead.id(), "Second editor's text"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/reports/{id}/edit/{section}", report.getId(), context.id()).with(TestSignIn.as(other))
				.with(csrf())
				.param("baseEdits", "0")
				.param("q" + lead.id(), "Second editor's text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this section")))
			.andExpect(content().string(containsString("First editor&#39;s text")))
			.andExpect(content().string(containsString("Second editor&#39;s text")))
			.andExpect(content().string(containsString("name=\"baseEdits\" value=\"1\"")));
		assertThat(this.reading.content(report.getId(), one.asViewer()).answer(lead).text())
			.isEqualTo("First editor's text");

		// keeping one's own: send again from the current edit count
		this.mvc.perform(post("/reports/{id}/edit/{section}", report.getId(), context.id()).with(TestSignIn.as(other))
			.with(csrf())
			.param("baseEdits", "1")
			.param("q" + lead.id(), "Second editor's text"))
			.andExpect(status().isFound());
		assertThat(this.reading.content(report.getId(), one.asViewer()).answer(lead).text())
			.isEqualTo("Second editor's text");
	}

	@Test
	void anInvalidAnswerIsRefusedNextToItsFieldWhileTheOthersAreSaved() throws Exception {
		UserAccount drafter = this.data.delegate("ARG");
		NationalReport report = this.filing.startOrResume(drafter.asViewer(), this.data.cycle(), "es");
		Questionnaire.Section context = section(
				this.reading.content(report.getId(), drafter.asViewer()).questionnaire(), "CTX");
		Question year = question(context, "CTX.2");
		Question lead = question(context, "CTX.3");
		this.mvc
			.perform(post("/reports/{id}/edit/{section}", report.getId(), context.id()).with(TestSignIn.as(drafter))
				.with(csrf())
				.param("baseEdits", "0")
				.param("q" + year.id(), "twenty twenty")
				.param("q" + lead.id(), "The Ministry of Defence."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"q" + year.id() + "-error\"")))
			.andExpect(content().string(containsString("Write a number")));
		ReportContent saved = this.reading.content(report.getId(), drafter.asViewer());
		assertThat(saved.answer(lead).text()).isEqualTo("The Ministry of Defence.");
		assertThat(saved.answer(year).isEmpty()).isTrue();
	}

	@Test
	void attachmentsAreCheckedByContentAndSize() throws Exception {
		UserAccount drafter = this.data.delegate("SEN");
		NationalReport report = this.filing.startOrResume(drafter.asViewer(), this.data.cycle(), "fr");
		Questionnaire.Section context = section(
				this.reading.content(report.getId(), drafter.asViewer()).questionnaire(), "CTX");
		Question strategy = question(context, "CTX.4");
		String url = "/reports/" + report.getId() + "/edit/" + context.id() + "/questions/" + strategy.id()
				+ "/attachments";

		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };
		this.mvc.perform(multipart(url).file(new MockMultipartFile("file", "strategy.pdf", "application/pdf", program))
			.with(TestSignIn.as(drafter))
			.with(csrf())).andExpect(flash().attribute("uploadQuestion", strategy.id()));
		byte[] tooLarge = new byte[21 * 1024 * 1024];
		System.arraycopy("%PDF-1.7\n".getBytes(), 0, tooLarge, 0, 9);
		this.mvc.perform(multipart(url).file(new MockMultipartFile("file", "big.pdf", "application/pdf", tooLarge))
			.with(TestSignIn.as(drafter))
			.with(csrf())).andExpect(flash().attribute("uploadError", containsString("too large")));
		assertThat(this.reading.content(report.getId(), drafter.asViewer()).attachments(strategy)).isEmpty();

		byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
		this.mvc.perform(multipart(url).file(new MockMultipartFile("file", "../../Stratégie nationale.pdf",
				"application/octet-stream", pdf)).with(TestSignIn.as(drafter)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "filing.attached"));
		var attached = this.reading.content(report.getId(), drafter.asViewer()).attachments(strategy);
		assertThat(attached).singleElement().satisfies((a) -> {
			assertThat(a.filename()).isEqualTo("Stratégie nationale.pdf");
			assertThat(a.contentType()).isEqualTo("application/pdf");
		});
		this.mvc
			.perform(get("/reports/{id}/attachments/{a}", report.getId(), attached.get(0).id())
				.with(TestSignIn.as(drafter)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment")));
		// the draft's attachment is not for anyone else
		this.mvc
			.perform(get("/reports/{id}/attachments/{a}", report.getId(), attached.get(0).id())
				.with(TestSignIn.as(this.data.delegate("MLI"))))
			.andExpect(status().isForbidden());
	}

	static Questionnaire.Section section(Questionnaire questionnaire, String code) {
		return questionnaire.sections().stream().filter((s) -> s.code().equals(code)).findFirst().orElseThrow();
	}

	static Question question(Questionnaire.Section section, String code) {
		return section.questions().stream().filter((q) -> q.code().equals(code)).findFirst().orElseThrow();
	}

}
