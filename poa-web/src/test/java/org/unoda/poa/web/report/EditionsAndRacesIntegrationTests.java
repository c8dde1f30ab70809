package org.unoda.poa.web.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.filing.Filing;
import org.unoda.poa.reporting.filing.ReportContent;
import org.unoda.poa.reporting.filing.ReportReading;
import org.unoda.poa.reporting.filing.ReportWorkflow;
import org.unoda.poa.reporting.template.QuestionDetails;
import org.unoda.poa.reporting.template.QuestionType;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.reporting.template.TemplateEditing;
import org.unoda.poa.reporting.template.Templates;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports across template editions (a question added in the new edition survives "no change"
 * and shows in the comparison), the previous report is the previous cycle's, and a double
 * click on "Start the report" makes one draft.
 */
@PoaIntegrationTest
class EditionsAndRacesIntegrationTests {

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
	Templates templates;

	@Autowired
	TemplateEditing editing;

	@Test
	@WithMockUser(roles = "SECRETARIAT")
	void aQuestionNewInThisEditionKeepsItsAnswerAndTheComparisonShowsIt() throws Exception {
		Long shipped = this.templates.published()
			.stream()
			.filter((t) -> t.code().equals("NSI") && t.edition() == 1)
			.findFirst()
			.orElseThrow()
			.id();
		Long draftId = this.editing.startNextEdition(shipped);
		Questionnaire draft = this.templates.get(draftId);
		Questionnaire.Section context = FilingIntegrationTests.section(draft, "CTX");
		this.editing.addQuestion(draftId, draft.version(), context.id(), new QuestionDetails("CTX.NEW-" + TestData.unique().toUpperCase(),
				QuestionType.TEXT, "A question new in this edition", "", true, context.pillar(), null, List.of(), false));
		this.editing.publish(draftId, this.templates.get(draftId).version());
		Questionnaire next = this.templates.get(draftId);

		UserAccount drafter = this.data.delegate("BOL");
		UserAccount approver = this.data.approver("BOL");
		Viewer viewer = drafter.asViewer();
		Long earlier = this.data.cycle(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-06-30"));
		Long later = this.data.cycle(draftId, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-30"));
		NationalReport first = this.filing.startOrResume(viewer, earlier, "es");
		Questionnaire.Section oldContext = FilingIntegrationTests.section(this.templates.get(shipped), "CTX");
		this.filing.saveSection(viewer, first.getId(), oldContext.id(), 0,
				Map.of(FilingIntegrationTests.question(oldContext, "CTX.3").id(), List.of("El Ministerio de Defensa.")));
		this.workflow.sendForReview(viewer, first.getId(), "");
		this.workflow.submit(approver.asViewer(), first.getId(), "");

		NationalReport second = this.filing.startOrResume(viewer, later, "es");
		Questionnaire.Section newContext = FilingIntegrationTests.section(next, "CTX");
		Questionnaire.Question added = newContext.questions().get(newContext.questions().size() - 1);
		ReportContent prefilled = this.reading.content(second.getId(), viewer);
		assertThat(prefilled.answer(FilingIntegrationTests.question(newContext, "CTX.3")).text())
			.isEqualTo("El Ministerio de Defensa.");
		this.filing.saveSection(viewer, second.getId(), newContext.id(), prefilled.section(newContext.id()).edits(),
				Map.of(added.id(), List.of("Only asked now."), FilingIntegrationTests.question(newContext, "CTX.3").id(),
						List.of("El Ministerio de Defensa.")));
		this.filing.keepUnchanged(viewer, second.getId(), newContext.id(),
				this.reading.content(second.getId(), viewer).section(newContext.id()).edits());
		assertThat(this.reading.content(second.getId(), viewer).answer(added).text()).isEqualTo("Only asked now.");

		this.mvc.perform(get("/reports/{id}/compare", second.getId()).param("with", first.getId().toString())
			.with(TestSignIn.as(drafter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not asked in this version")))
			.andExpect(content().string(containsString("Only asked now.")));
	}

	@Test
	void aLateReportForAnEarlierCycleIsNotPrefilledFromALaterOne() {
		UserAccount drafter = this.data.delegate("PRY");
		UserAccount approver = this.data.approver("PRY");
		Long earlier = this.data.cycle(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-06-30"));
		Long later = this.data.cycle(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-06-30"));
		NationalReport laterReport = this.filing.startOrResume(drafter.asViewer(), later, "es");
		this.workflow.sendForReview(drafter.asViewer(), laterReport.getId(), "");
		this.workflow.submit(approver.asViewer(), laterReport.getId(), "");

		NationalReport lateForEarlier = this.filing.startOrResume(drafter.asViewer(), earlier, "es");
		assertThat(this.reading.content(lateForEarlier.getId(), drafter.asViewer()).previousReportId()).isNull();
	}

	@Test
	void twoClicksOnStartMakeOneDraft() throws Exception {
		Long cycle = this.data.cycle();
		Viewer one = this.data.delegate("ECU").asViewer();
		Viewer other = this.data.delegate("ECU").asViewer();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Long>> clicks = List.of(() -> this.filing.startOrResume(one, cycle, "es").getId(),
					() -> this.filing.startOrResume(other, cycle, "es").getId());
			List<Long> ids = pool.invokeAll(clicks).stream().map(EditionsAndRacesIntegrationTests::resultOf).toList();
			assertThat(ids.get(0)).isEqualTo(ids.get(1));
		}
		finally {
			pool.shutdown();
		}
	}

	private static Long resultOf(Future<Long> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
