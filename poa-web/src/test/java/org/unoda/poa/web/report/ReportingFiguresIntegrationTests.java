package org.unoda.poa.web.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unoda.poa.core.framework.Norm;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.state.RegionalGroup;
import org.unoda.poa.core.state.StateRepository;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.cycle.CycleReminders;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.reporting.cycle.ReportingCycles;
import org.unoda.poa.reporting.filing.Filing;
import org.unoda.poa.reporting.filing.ReportReading;
import org.unoda.poa.reporting.overview.CycleProgress;
import org.unoda.poa.reporting.overview.Progress;
import org.unoda.poa.reporting.overview.StateProgress;
import org.unoda.poa.reporting.synthesis.NeedStatement;
import org.unoda.poa.reporting.synthesis.QuestionFigures;
import org.unoda.poa.reporting.synthesis.ReportSearch;
import org.unoda.poa.reporting.synthesis.Synthesis;
import org.unoda.poa.reporting.synthesis.SynthesisFigures;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures made from reports, checked against a small cycle counted by hand: the
 * secretariat's overview (progress, completeness, timeliness), the synthesis for each kind of
 * viewer, search and exports within what each may read, and the deadline reminders.
 */
@PoaIntegrationTest
class ReportingFiguresIntegrationTests {

	static final Instant BEFORE_DEADLINE = Instant.parse("2026-06-10T09:00:00Z");

	static final Instant AFTER_DEADLINE = Instant.parse("2026-07-05T09:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Filing filing;

	@Autowired
	ReportReading reading;

	@Autowired
	NationalReportRepository reports;

	@Autowired
	Synthesis synthesis;

	@Autowired
	ReportSearch search;

	@Autowired
	CycleReminders reminders;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	GreenMail greenMail;

	@Autowired
	StateRepository states;

	@Autowired
	LockProvider locks;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Bolivia (public) implements norm (g) and needs training, on time; Paraguay (shared with
	 * States) implements it, late; Benin (secretariat only) does not, on time, and needs
	 * equipment; Togo has only started.
	 */
	record Fixture(Long cycle, NationalReport bolivia, NationalReport paraguay, NationalReport benin,
			NationalReport togo, String beninWord) {
	}

	Fixture fixture() {
		Long cycle = this.data.cycle();
		String word = "zephyr" + TestData.unique();
		NationalReport bolivia = report("BOL", cycle, ReportVisibility.PUBLIC, "YES",
				"Training in the implementation of encryption standards", BEFORE_DEADLINE);
		NationalReport paraguay = report("PRY", cycle, ReportVisibility.STATES, "YES", null, AFTER_DEADLINE);
		NationalReport benin = report("BEN", cycle, ReportVisibility.SECRETARIAT, "NO",
				word + " equipment for the national CERT", BEFORE_DEADLINE);
		NationalReport togo = report("TGO", cycle, ReportVisibility.PUBLIC, "PARTLY", null, null);
		return new Fixture(cycle, bolivia, paraguay, benin, togo, word);
	}

	@Test
	void theOverviewCountsProgressCompletenessAndTimeliness() throws Exception {
		Fixture fixture = fixture();
		MvcResult page = this.mvc
			.perform(get("/reporting/cycles/{id}", fixture.cycle()).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("world-map")))
			.andReturn();
		CycleProgress progress = (CycleProgress) page.getModelAndView().getModel().get("progress");

		assertThat(progress.total().states()).isEqualTo(195);
		assertThat(progress.total().submitted()).isEqualTo(3);
		assertThat(progress.total().inProgress()).isEqualTo(1);
		assertThat(progress.total().notStarted()).isEqualTo(191);
		assertThat(progress.total().onTime()).isEqualTo(2);
		assertThat(progress.total().late()).isEqualTo(1);
		StateProgress paraguay = progressOf(progress, "PRY");
		assertThat(paraguay.progress()).isEqualTo(Progress.SUBMITTED);
		assertThat(paraguay.onTime()).isFalse();
		assertThat(progressOf(progress, "BOL").onTime()).isTrue();
		StateProgress togo = progressOf(progress, "TGO");
		assertThat(togo.progress()).isEqualTo(Progress.DRAFTING);
		// one question of the template answered
		int questions = this.reading.content(fixture.togo().getId(), this.data.delegate("TGO").asViewer())
			.questionnaire()
			.questionCount();
		assertThat(togo.completeness()).isEqualTo(Math.round(100f / questions));
		var latinAmerica = progress.groups()
			.stream()
			.filter((g) -> g.group() == RegionalGroup.LATIN_AMERICAN_CARIBBEAN)
			.findFirst()
			.orElseThrow();
		assertThat(latinAmerica.submitted()).isEqualTo(2);
		assertThat(latinAmerica.onTime()).isEqualTo(1);
		assertThat(latinAmerica.late()).isEqualTo(1);
		assertThat(latinAmerica.states()).isEqualTo(33);
	}

	@Test
	void theSynthesisCountsOnlyWhatEachViewerMayRead() {
		Fixture fixture = fixture();
		Viewer secretariat = this.data.secretariat().asViewer();
		Viewer otherState = this.data.delegate("LAO").asViewer();

		assertThat(yesNo(Viewer.anonymous(), fixture.cycle(), null)).containsExactly(1, 0, 1);
		assertThat(yesNo(otherState, fixture.cycle(), null)).containsExactly(2, 0, 2);
		assertThat(yesNo(secretariat, fixture.cycle(), null)).containsExactly(2, 1, 3);
		assertThat(yesNo(this.data.delegate("BEN").asViewer(), fixture.cycle(), null))
			.as("a State's own report counts for its delegates whatever its visibility")
			.containsExactly(2, 1, 3);
		assertThat(yesNo(secretariat, fixture.cycle(), RegionalGroup.AFRICAN)).containsExactly(0, 1, 1);
		assertThat(this.synthesis.figures(secretariat, fixture.cycle(), null, null, "en").reports()).isEqualTo(3);

		var trend = this.synthesis.normTrend(secretariat);
		ReportingCycle cycle = this.cycles.get(fixture.cycle());
		assertThat(trend.yes(Norm.G, cycle)).isEqualTo(2);
		assertThat(trend.reports(cycle)).isEqualTo(3);
		assertThat(this.synthesis.normTrend(Viewer.anonymous()).yes(Norm.G, cycle)).isEqualTo(1);

		assertThat(this.synthesis.needs(Viewer.anonymous(), fixture.cycle(), null, null, "en")).extracting(NeedStatement::text)
			.containsExactly("Training in the implementation of encryption standards");
		assertThat(this.synthesis.needs(secretariat, fixture.cycle(), null, null, "en")).extracting(NeedStatement::stateAlpha3)
			.containsExactlyInAnyOrder("BOL", "BEN");
		// a reader of French gets the States' names in French
		Locale french = Locale.forLanguageTag("fr");
		assertThat(this.synthesis.needs(secretariat, fixture.cycle(), null, null, "fr")).extracting(NeedStatement::stateName)
			.containsExactlyInAnyOrder(this.states.findByAlpha3("BOL").orElseThrow().getName(french),
					this.states.findByAlpha3("BEN").orElseThrow().getName(french))
			.doesNotContain("Bolivia (Plurinational State of)");
	}

	@Test
	void searchFindsWordsInEveryFormWithinWhatTheViewerMayRead() throws Exception {
		Fixture fixture = fixture();
		assertThat(this.search.search(Viewer.anonymous(), "implementing encryption", 10))
			.extracting((h) -> h.reportId())
			.contains(fixture.bolivia().getId());
		String word = fixture.beninWord();
		assertThat(this.search.search(Viewer.anonymous(), word, 10)).isEmpty();
		assertThat(this.search.search(this.data.delegate("LAO").asViewer(), word, 10)).isEmpty();
		assertThat(this.search.search(this.data.delegate("BEN").asViewer(), word, 10)).singleElement()
			.satisfies((hit) -> assertThat(hit.reportId()).isEqualTo(fixture.benin().getId()));
		assertThat(this.search.search(this.data.secretariat().asViewer(), word, 10)).singleElement()
			.satisfies((hit) -> assertThat(hit.excerpt()).anySatisfy((f) -> assertThat(f.match()).isTrue()));

		this.mvc.perform(get("/reports").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 reports match")));
		this.mvc.perform(get("/reports").param("q", word).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(content().string(containsString("<mark>" + word + "</mark>")));
	}

	@Test
	void exportsAndTheApiKeepToTheirReaders() throws Exception {
		Fixture fixture = fixture();
		this.mvc.perform(get("/reporting/answers.csv").with(TestSignIn.as(this.data.approver("BEN"))))
			.andExpect(status().isForbidden());
		MvcResult started = this.mvc
			.perform(get("/reporting/answers.csv").param("cycle", fixture.cycle().toString())
				.with(TestSignIn.as(this.data.secretariat())))
			.andReturn();
		String csv = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String[] lines = csv.split("\r\n");
		int questions = this.reading.content(fixture.bolivia().getId(), Viewer.anonymous()).questionnaire().questionCount();
		assertThat(lines[0]).startsWith("Cycle,State code,State,");
		assertThat(lines).hasSize(1 + 3 * questions);
		assertThat(Arrays.stream(lines).filter((l) -> l.contains(",BEN,") && l.contains(",N-G.1,")))
			.singleElement()
			.satisfies((l) -> assertThat(l).endsWith(",NO"));

		this.mvc.perform(get("/api/v1/reports"))
			.andExpect(jsonPath("$[*].id", hasItem(fixture.bolivia().getId().intValue())))
			.andExpect(jsonPath("$[*].id", not(hasItem(fixture.benin().getId().intValue()))))
			.andExpect(jsonPath("$[*].id", not(hasItem(fixture.togo().getId().intValue()))));
		this.mvc.perform(get("/api/v1/reports/{id}", fixture.bolivia().getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers[?(@.question == 'N-G.1')].choices[0]").value("YES"));
		this.mvc.perform(get("/api/v1/reports/{id}", fixture.benin().getId()))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/reports/{id}/pdf", fixture.benin().getId()).with(TestSignIn.as(this.data.delegate("LAO"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/{id}/pdf", fixture.bolivia().getId()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void remindersGoOnceToStatesThatHaveNotSubmitted() throws MessagingException {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Long cycle = this.data.cycle(today.minusDays(30), today.plusDays(7));
		UserAccount niger = this.data.delegate("NER");
		UserAccount ecuador = this.data.delegate("ECU");
		report("ECU", cycle, ReportVisibility.PUBLIC, "YES", null, Instant.now());

		this.reminders.sendDue();
		assertThat(mailsTo(niger)).singleElement()
			.satisfies((m) -> assertThat(m.getSubject()).contains("Niger", "7 days"));
		assertThat(mailsTo(ecuador)).isEmpty();

		this.reminders.sendDue();
		assertThat(mailsTo(niger)).hasSize(1);
	}

	@Test
	void whileAnotherNodeSendsTheRemindersThisOneLeavesThem() throws MessagingException {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Long cycle = this.data.cycle(today.minusDays(30), today.plusDays(14));
		UserAccount mali = this.data.delegate("MLI");
		// another node holds the job's lock, as while it runs the job
		Optional<SimpleLock> otherNode = this.locks
			.lock(new LockConfiguration(Instant.now(), "cycle-reminders", Duration.ofMinutes(5), Duration.ZERO));
		assertThat(otherNode).isPresent();

		this.reminders.sendDueOnSchedule();
		assertThat(remindersOfTwoWeeks(mali)).isEmpty();

		otherNode.get().unlock();
		this.reminders.sendDueOnSchedule();
		assertThat(remindersOfTwoWeeks(mali)).hasSize(1);
		// no more reminders from this cycle for the States of other tests
		this.jdbc.sql("update reporting_cycle set reminder_days = '{}' where id = :id").param("id", cycle).update();
	}

	private List<Message> remindersOfTwoWeeks(UserAccount account) throws MessagingException {
		List<Message> twoWeeks = new ArrayList<>();
		for (Message mail : mailsTo(account)) {
			if (mail.getSubject().contains("14 days")) {
				twoWeeks.add(mail);
			}
		}
		return twoWeeks;
	}

	@Test
	void theNormTrendIsKeptUntilAReportIsSubmittedOrMadePublic() {
		Fixture fixture = fixture();
		ReportingCycle cycle = this.cycles.get(fixture.cycle());
		Viewer secretariat = this.data.secretariat().asViewer();
		assertThat(this.synthesis.normTrend(secretariat).yes(Norm.G, cycle)).isEqualTo(2);
		assertThat(this.synthesis.normTrend(Viewer.anonymous()).yes(Norm.G, cycle)).isEqualTo(1);
		assertThat(this.synthesis.normTrend(secretariat)).as("read again with nothing changed: kept")
			.isSameAs(this.synthesis.normTrend(secretariat));

		report("SUR", fixture.cycle(), ReportVisibility.STATES, "YES", null, BEFORE_DEADLINE);
		assertThat(this.synthesis.normTrend(secretariat).yes(Norm.G, cycle)).isEqualTo(3);
		assertThat(this.synthesis.normTrend(Viewer.anonymous()).yes(Norm.G, cycle)).isEqualTo(1);

		NationalReport paraguay = this.reports.findById(fixture.paraguay().getId()).orElseThrow();
		paraguay.changeVisibility(this.data.approver("PRY").asViewer(), ReportVisibility.PUBLIC);
		this.reports.save(paraguay);
		assertThat(this.synthesis.normTrend(Viewer.anonymous()).yes(Norm.G, cycle)).isEqualTo(2);
	}

	private NationalReport report(String state, Long cycle, ReportVisibility visibility, String normG, String need,
			Instant submittedAt) {
		Viewer delegate = this.data.delegate(state).asViewer();
		NationalReport report = this.filing.startOrResume(delegate, cycle, "en");
		Questionnaire questionnaire = this.reading.content(report.getId(), delegate).questionnaire();
		Questionnaire.Section normSection = FilingIntegrationTests.section(questionnaire, "NORM-G");
		this.filing.saveSection(delegate, report.getId(), normSection.id(), 0,
				Map.of(FilingIntegrationTests.question(normSection, "N-G.1").id(), List.of(normG)));
		if (need != null) {
			Questionnaire.Section capacity = FilingIntegrationTests.section(questionnaire, "CB");
			this.filing.saveSection(delegate, report.getId(), capacity.id(), 0,
					Map.of(FilingIntegrationTests.question(capacity, "CB.NEEDS-DETAIL").id(), List.of(need)));
		}
		NationalReport saved = this.reports.findById(report.getId()).orElseThrow();
		saved.changeVisibility(delegate, visibility);
		if (submittedAt != null) {
			saved.markSubmitted(submittedAt);
		}
		return this.reports.save(saved);
	}

	private List<Integer> yesNo(Viewer viewer, Long cycle, RegionalGroup group) {
		SynthesisFigures figures = this.synthesis.figures(viewer, cycle, null, group, "en");
		QuestionFigures normG = figures.questions()
			.stream()
			.filter((f) -> f.question().code().equals("N-G.1"))
			.findFirst()
			.orElseThrow();
		int yes = normG.options().stream().filter((o) -> o.code().equals("YES")).findFirst().orElseThrow().count();
		int no = normG.options().stream().filter((o) -> o.code().equals("NO")).findFirst().orElseThrow().count();
		return List.of(yes, no, normG.respondents());
	}

	private static StateProgress progressOf(CycleProgress progress, String alpha3) {
		return progress.states().stream().filter((p) -> p.state().getAlpha3().equals(alpha3)).findFirst().orElseThrow();
	}

	private List<Message> mailsTo(UserAccount account) throws MessagingException {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch((a) -> a.toString().equals(account.getEmail()));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).map(Message.class::cast).toList();
	}

}
