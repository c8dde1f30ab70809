package org.unoda.poa.web.capacity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.report.NationalReport;
import org.unoda.poa.core.report.NationalReportRepository;
import org.unoda.poa.core.report.ReportVisibility;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.reporting.capacity.AssistanceForm;
import org.unoda.poa.reporting.capacity.CapacityFigures;
import org.unoda.poa.reporting.capacity.CapacityNeed;
import org.unoda.poa.reporting.capacity.CapacityNeeds;
import org.unoda.poa.reporting.capacity.CapacityTopic;
import org.unoda.poa.reporting.capacity.GenderFocus;
import org.unoda.poa.reporting.capacity.MatchSuggestion;
import org.unoda.poa.reporting.capacity.NeedDraft;
import org.unoda.poa.reporting.capacity.NeedStatus;
import org.unoda.poa.reporting.filing.Filing;
import org.unoda.poa.reporting.filing.ReportReading;
import org.unoda.poa.reporting.template.Questionnaire;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;
import org.unoda.poa.web.layout.EditConflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Capacity-building through the pages: a delegate turns the needs of the State's submitted
 * report into needs in one step; the secretariat confirms a suggested match, the parties are
 * told and follow it; everyone sees only what they may, and only those who speak for a State
 * or a provider change its needs and offers.
 */
@PoaIntegrationTest
class CapacityIntegrationTests {

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
	CapacityNeeds needs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Test
	@SuppressWarnings("unchecked")
	void aDelegateTurnsTheNeedsOfASubmittedReportIntoPublishedNeedsInOneStep() throws Exception {
		UserAccount delegate = this.data.delegate("CRI");
		String detail = "Training for the analysts of the national CERT " + TestData.unique();
		String lawNeed = "A course on international law for our legal advisers " + TestData.unique();
		NationalReport report = submittedReportWithNeeds(delegate, detail, lawNeed);

		List<NeedDraft> drafts = (List<NeedDraft>) this.mvc
			.perform(get("/capacity/reports/{id}/needs", report.getId()).with(TestSignIn.as(delegate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lawNeed)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("drafts");
		// one need per answer written out, one per area chosen that no answer already covers
		assertThat(drafts).extracting(NeedDraft::topic)
			.containsExactly(CapacityTopic.INTERNATIONAL_LAW, CapacityTopic.POLICY_STRATEGY,
					CapacityTopic.INCIDENT_RESPONSE, CapacityTopic.LEGISLATION);
		assertThat(drafts).extracting(NeedDraft::form).containsOnly(AssistanceForm.TECHNICAL);
		NeedDraft law = drafts.get(0);
		NeedDraft cert = drafts.get(2);
		assertThat(law.pillar()).isEqualTo(Pillar.INTERNATIONAL_LAW);
		assertThat(law.description()).isEqualTo(lawNeed);
		assertThat(cert.pillar()).isEqualTo(Pillar.CAPACITY_BUILDING);
		assertThat(cert.description()).as("an area chosen takes the State's own words on its needs").isEqualTo(detail);

		this.mvc
			.perform(post("/capacity/reports/{id}/needs", report.getId()).param("keys", law.key(), cert.key())
				.param("published", "true")
				.with(csrf())
				.with(TestSignIn.as(delegate)))
			.andExpect(redirectedUrl("/capacity#own-needs"))
			.andExpect(flash().attribute("flashMessage", "capacity.declaredFromReport"));

		List<CapacityNeed> declared = fromReport(report);
		assertThat(declared).hasSize(2).allSatisfy((need) -> {
			assertThat(need.isPublished()).isTrue();
			assertThat(need.getStatus()).isEqualTo(NeedStatus.OPEN);
			assertThat(need.getSourceReportId()).contains(report.getId());
			assertThat(need.getLanguage()).isEqualTo("en");
			assertThat(need.getRegion()).hasValueSatisfying((region) -> assertThat(region.name())
				.isEqualTo("LATIN_AMERICAN_CARIBBEAN"));
		});
		// once only: the same answers chosen again declare nothing more
		this.mvc
			.perform(post("/capacity/reports/{id}/needs", report.getId()).param("keys", law.key(), cert.key())
				.param("published", "true")
				.with(csrf())
				.with(TestSignIn.as(delegate)))
			.andExpect(flash().attribute("flashError", "capacity.noDraftChosen"));
		assertThat(fromReport(report)).hasSize(2);
		// published: the public reads it
		Long lawNeedId = declared.stream()
			.filter((need) -> need.getDescription().equals(lawNeed))
			.findFirst()
			.orElseThrow()
			.getId();
		this.mvc.perform(get("/capacity")).andExpect(content().string(containsString(law.title())));
		this.mvc.perform(get("/capacity/needs/{id}", lawNeedId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lawNeed)));
	}

	@Test
	void onlyTheStatesDelegatesDeclareNeedsFromItsSubmittedReports() throws Exception {
		UserAccount delegate = this.data.delegate("CRI");
		NationalReport report = submittedReportWithNeeds(delegate, "Detail " + TestData.unique(), "Law");
		NationalReport draft = this.filing.startOrResume(this.data.delegate("PAN").asViewer(), this.data.cycle(), "en");

		this.mvc.perform(get("/capacity/reports/{id}/needs", report.getId()).with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/capacity/reports/{id}/needs", report.getId()).param("keys", "q1")
				.with(csrf())
				.with(TestSignIn.as(this.data.approver("MEX"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/capacity/reports/{id}/needs", draft.getId()).with(TestSignIn.as(this.data.delegate("PAN"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/capacity/reports/{id}/needs", report.getId()).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/capacity/reports/{id}/needs", report.getId()).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isForbidden());
		assertThat(fromReport(report)).isEmpty();
	}

	@Test
	void theSecretariatConfirmsASuggestedMatchThePartiesAreToldAndItIsFollowedToDelivery() throws Exception {
		UserAccount delegate = this.data.delegate("CRI");
		UserAccount stakeholder = this.data.accreditedStakeholder();
		UserAccount secretariat = this.data.secretariat();
		String needTitle = "Need " + TestData.unique();
		Long needId = declareNeed(delegate, needTitle, "false");
		String offerTitle = "Offer " + TestData.unique();
		Long offerId = declareOffer(stakeholder, offerTitle);

		// unpublished: the provider cannot read the need before the match
		this.mvc.perform(get("/capacity/needs/{id}", needId).with(TestSignIn.as(stakeholder)))
			.andExpect(status().isNotFound());
		@SuppressWarnings("unchecked")
		List<MatchSuggestion> suggestions = (List<MatchSuggestion>) this.mvc
			.perform(get("/capacity/needs/{id}", needId).with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("suggestions");
		assertThat(suggestions).extracting((suggestion) -> suggestion.offer().getId()).contains(offerId);

		String location = this.mvc
			.perform(post("/capacity/matches").param("needId", needId.toString())
				.param("offerId", offerId.toString())
				.param("note", "Please get in touch before the end of the month.")
				.with(csrf())
				.with(TestSignIn.as(secretariat)))
			.andExpect(flash().attribute("flashMessage", "capacity.matchConfirmed"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long matchId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.needs.find(delegate.asViewer(), needId).getStatus()).isEqualTo(NeedStatus.MATCHED);

		// both parties are told, each with the link to the match
		for (UserAccount party : List.of(delegate, stakeholder)) {
			await().untilAsserted(() -> assertThat(mailsTo(party)).singleElement().satisfies((mail) -> {
				assertThat(mail.getSubject()).contains(needTitle);
				assertThat(GreenMailUtil.getBody(mail)).contains(offerTitle, "/capacity/matches/" + matchId);
			}));
		}
		assertThat(mailsTo(secretariat)).isEmpty();
		// the parties read the match with each other's contacts; nobody else does
		this.mvc.perform(get("/capacity/matches/{id}", matchId).with(TestSignIn.as(stakeholder)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(delegate.getEmail())));
		this.mvc.perform(get("/capacity/matches/{id}", matchId).with(TestSignIn.as(delegate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(stakeholder.getEmail())));
		this.mvc.perform(get("/capacity/needs/{id}", needId).with(TestSignIn.as(stakeholder))).andExpect(status().isOk());
		this.mvc.perform(get("/capacity/matches/{id}", matchId).with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/capacity/matches/{id}", matchId).with(TestSignIn.as(this.data.stakeholder())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/capacity/matches/{id}", matchId)).andExpect(redirectedUrl("/login"));
		// only the secretariat records the outcome
		for (UserAccount party : List.of(delegate, stakeholder)) {
			this.mvc
				.perform(post("/capacity/matches/{id}/outcome", matchId).param("version", "0")
					.param("status", "DELIVERED")
					.with(csrf())
					.with(TestSignIn.as(party)))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/capacity/matches/{id}/outcome", matchId).param("version", "0")
				.param("status", "AGREED")
				.with(csrf())
				.with(TestSignIn.as(secretariat)))
			.andExpect(flash().attribute("flashMessage", "capacity.outcomeRecorded"));
		this.mvc
			.perform(post("/capacity/matches/{id}/outcome", matchId).param("version", "0")
				.param("status", "DELIVERED")
				.with(csrf())
				.with(TestSignIn.as(secretariat)))
			.andExpect(flash().attribute("flashError", "planning.changedMeanwhile"));
		this.mvc
			.perform(post("/capacity/matches/{id}/outcome", matchId).param("version", "1")
				.param("status", "DELIVERED")
				.param("outcomeNote", "Delivered in November.")
				.with(csrf())
				.with(TestSignIn.as(secretariat)))
			.andExpect(flash().attribute("flashMessage", "capacity.outcomeRecorded"));
		assertThat(this.needs.find(delegate.asViewer(), needId).getStatus()).isEqualTo(NeedStatus.MET);
		this.mvc
			.perform(post("/capacity/matches").param("needId", needId.toString())
				.param("offerId", offerId.toString())
				.with(csrf())
				.with(TestSignIn.as(secretariat)))
			.andExpect(flash().attribute("flashError", "capacity.needNotOpen"));
	}

	@Test
	void onlyThoseWhoSpeakForAStateOrAProviderChangeItsNeedsAndOffers() throws Exception {
		UserAccount delegate = this.data.delegate("CRI");
		UserAccount stakeholder = this.data.accreditedStakeholder();
		String hidden = "Unpublished need " + TestData.unique();
		Long needId = declareNeed(delegate, hidden, "false");
		String offerTitle = "Offer " + TestData.unique();
		Long offerId = declareOffer(stakeholder, offerTitle);

		// an unpublished need: its State's delegates and the secretariat read it, nobody else
		this.mvc.perform(get("/capacity/needs/{id}", needId).with(TestSignIn.as(this.data.delegate("CRI"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/capacity/needs/{id}", needId).with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/capacity/needs/{id}", needId).with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/capacity/needs/{id}", needId)).andExpect(status().isNotFound());
		this.mvc.perform(get("/capacity").with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(content().string(not(containsString(hidden))));
		// offers are for signed-in users: the public sees them counted only
		this.mvc.perform(get("/capacity")).andExpect(content().string(not(containsString(offerTitle))));
		// so does the API: the public reads published needs only, the State its own
		this.mvc.perform(get("/api/v1/capacity"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.byPillar").isArray())
			.andExpect(content().string(not(containsString(hidden))))
			.andExpect(content().string(not(containsString(offerTitle))));
		this.mvc.perform(get("/api/v1/capacity").with(TestSignIn.as(delegate)))
			.andExpect(jsonPath("$.needs[?(@.title == '" + hidden + "')].published").value(false));
		this.mvc.perform(get("/capacity").with(TestSignIn.as(this.data.delegate("MEX"))))
			.andExpect(content().string(containsString(offerTitle)));
		this.mvc.perform(get("/capacity/offers/{id}", offerId)).andExpect(redirectedUrl("/login"));

		// changes: another State's delegate, a stakeholder, the secretariat
		this.mvc.perform(needForm(post("/capacity/needs/{id}", needId), "Taken over", "true")
			.with(TestSignIn.as(this.data.delegate("MEX")))).andExpect(status().isForbidden());
		this.mvc.perform(needForm(post("/capacity/needs"), "A stakeholder's need", "true")
			.with(TestSignIn.as(stakeholder))).andExpect(status().isForbidden());
		this.mvc.perform(post("/capacity/needs/{id}/withdraw", needId).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(this.data.secretariat()))).andExpect(status().isForbidden());
		this.mvc.perform(post("/capacity/offers/{id}/withdraw", offerId).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(this.data.delegate("CRI")))).andExpect(status().isForbidden());
		this.mvc.perform(post("/capacity/offers/{id}/withdraw", offerId).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(this.data.stakeholder()))).andExpect(status().isForbidden());
		this.mvc.perform(post("/capacity/matches").param("needId", needId.toString())
			.param("offerId", offerId.toString())
			.with(csrf())
			.with(TestSignIn.as(delegate))).andExpect(status().isForbidden());
		assertThat(this.needs.find(delegate.asViewer(), needId).getTitle()).isEqualTo(hidden);

		// the State's own delegates change it; a stale form saves nothing and shows both versions
		this.mvc.perform(needForm(post("/capacity/needs/{id}", needId), "Changed " + hidden, "true")
			.with(TestSignIn.as(this.data.delegate("CRI"))))
			.andExpect(flash().attribute("flashMessage", "capacity.needChanged"));
		MvcResult stale = this.mvc.perform(needForm(post("/capacity/needs/{id}", needId), "Stale " + hidden, "true")
			.with(TestSignIn.as(delegate)))
			.andExpect(status().isOk())
			.andExpect(view().name(NeedController.VIEW_FORM))
			.andExpect(content().string(containsString("Someone else saved this while you were editing it")))
			.andReturn();
		assertThat(((EditConflict) stale.getModelAndView().getModel().get("conflict")).differences())
			.singleElement()
			.satisfies((difference) -> {
				assertThat(difference.saved().value()).isEqualTo("Changed " + hidden);
				assertThat(difference.yours().value()).isEqualTo("Stale " + hidden);
			});
		assertThat(this.needs.find(delegate.asViewer(), needId).getTitle()).isEqualTo("Changed " + hidden);
		// the form now carries the saved version: keeping theirs saves it
		long current = ((NeedForm) stale.getModelAndView().getModel().get("needForm")).getVersion();
		this.mvc.perform(needForm(post("/capacity/needs/{id}", needId), "Stale " + hidden, "true")
			.with((request) -> {
				request.removeParameter("version");
				request.addParameter("version", String.valueOf(current));
				return request;
			})
			.with(TestSignIn.as(delegate)))
			.andExpect(flash().attribute("flashMessage", "capacity.needChanged"));
		assertThat(this.needs.find(delegate.asViewer(), needId).getTitle()).isEqualTo("Stale " + hidden);
		// the provider withdraws its offer
		this.mvc.perform(post("/capacity/offers/{id}/withdraw", offerId).param("version", "0")
			.with(csrf())
			.with(TestSignIn.as(stakeholder))).andExpect(flash().attribute("flashMessage", "capacity.offerWithdrawn"));
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		UserAccount delegate = this.data.delegate("CRI");
		int before = this.needs.ofOwnState(delegate.asViewer()).size();
		this.mvc.perform(needForm(post("/capacity/needs"), " ", "true").with(TestSignIn.as(delegate)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("needForm", "title", "capacity.titleRequired"))
			.andExpect(content().string(containsString("Give a title.")));
		this.mvc.perform(needForm(post("/capacity/needs"), "Norm under law", "true").param("norm", "A")
			.with(TestSignIn.as(delegate)))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "norm", "capacity.normOnlyForNorms"));
		this.mvc.perform(needForm(post("/capacity/needs"), "Unknown language", "true").param("language", "de")
			.with(TestSignIn.as(delegate)))
			.andExpect(model().attributeHasFieldErrorCode("needForm", "language", "capacity.languageRequired"));
		this.mvc.perform(post("/capacity/offers").param("title", "No language")
			.param("description", "An offer.")
			.param("pillar", "CAPACITY_BUILDING")
			.param("topic", "SKILLS")
			.param("form", "TRAINING")
			// every language box unticked: the browser sends only the marker of the boxes
			.param("_languages", "on")
			.with(csrf())
			.with(TestSignIn.as(this.data.accreditedStakeholder())))
			.andExpect(model().attributeHasFieldErrorCode("offerForm", "languages", "capacity.languagesRequired"));
		assertThat(this.needs.ofOwnState(delegate.asViewer())).hasSize(before);
	}

	@Test
	void theFiguresCountEveryNeedWithoutNamingTheState() throws Exception {
		CapacityFigures before = figures();
		String hidden = "Unpublished " + TestData.unique();
		declareNeed(this.data.delegate("CRI"), hidden, "false");
		CapacityFigures after = figures();

		assertThat(after.needsByStatus().get(NeedStatus.OPEN)).isEqualTo(before.needsByStatus().get(NeedStatus.OPEN) + 1);
		assertThat(women(after)).isEqualTo(women(before) + 1);
		assertThat(pillar(after, Pillar.GENDER_DIGITAL_DIVIDE)).isEqualTo(pillar(before, Pillar.GENDER_DIGITAL_DIVIDE) + 1);
		this.mvc.perform(get("/capacity"))
			.andExpect(content().string(not(containsString(hidden))))
			.andExpect(content().string(containsString("<svg")));
	}

	@Test
	void anOrganisationOffersOnlyOnceAccredited() throws Exception {
		UserAccount notAccredited = this.data.stakeholder();
		this.mvc.perform(get("/capacity/offers/new").with(TestSignIn.as(notAccredited))).andExpect(status().isForbidden());
		this.mvc.perform(post("/capacity/offers").param("title", "Unvetted offer")
			.param("description", "An offer.")
			.param("pillar", "CAPACITY_BUILDING")
			.param("topic", "SKILLS")
			.param("form", "TRAINING")
			.param("languages", "en")
			.with(csrf())
			.with(TestSignIn.as(notAccredited))).andExpect(status().isForbidden());
		this.mvc.perform(get("/capacity").with(TestSignIn.as(notAccredited)))
			.andExpect(content().string(not(containsString("/capacity/offers/new"))));
		this.mvc.perform(get("/capacity/offers/new").with(TestSignIn.as(this.data.accreditedStakeholder()))).andExpect(status().isOk());
	}


	private CapacityFigures figures() throws Exception {
		return (CapacityFigures) this.mvc.perform(get("/capacity"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("figures");
	}

	private static long women(CapacityFigures figures) {
		return figures.byGenderFocus()
			.stream()
			.filter((tally) -> tally.key() == GenderFocus.WOMENS_PARTICIPATION)
			.findFirst()
			.orElseThrow()
			.needs();
	}

	private static long pillar(CapacityFigures figures, Pillar pillar) {
		return figures.byPillar().stream().filter((tally) -> tally.key() == pillar).findFirst().orElseThrow().needs();
	}

	private Long declareNeed(UserAccount delegate, String title, String published) throws Exception {
		String location = this.mvc.perform(needForm(post("/capacity/needs"), title, published).with(TestSignIn.as(delegate)))
			.andExpect(flash().attribute("flashMessage", "capacity.needDeclared"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * A need for fellowships for women in cyber diplomacy, in Spanish, for Latin America.
	 */
	private static MockHttpServletRequestBuilder needForm(MockHttpServletRequestBuilder request, String title,
			String published) {
		return request.param("title", title)
			.param("description", "Fellowships so that women diplomats can take part.")
			.param("pillar", "GENDER_DIGITAL_DIVIDE")
			.param("topic", "SKILLS")
			.param("form", "TRAINING")
			.param("urgency", "HIGH")
			.param("region", "LATIN_AMERICAN_CARIBBEAN")
			.param("language", "es")
			.param("womensParticipation", "true")
			.param("published", published)
			.param("version", "0")
			.with(csrf());
	}

	private Long declareOffer(UserAccount provider, String title) throws Exception {
		String location = this.mvc
			.perform(post("/capacity/offers").param("title", title)
				.param("description", "A fellowship with mentoring.")
				.param("pillar", "GENDER_DIGITAL_DIVIDE")
				.param("topic", "SKILLS")
				.param("form", "TRAINING")
				.param("languages", "en", "es")
				.param("womensParticipation", "true")
				.with(csrf())
				.with(TestSignIn.as(provider)))
			.andExpect(flash().attribute("flashMessage", "capacity.offerDeclared"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * A submitted report of the delegate's State on a new cycle: needs written out under
	 * international law and in the capacity-building section, with two areas and two forms
	 * chosen.
	 */
	private NationalReport submittedReportWithNeeds(UserAccount delegate, String detail, String lawNeed) {
		Viewer viewer = delegate.asViewer();
		NationalReport report = this.filing.startOrResume(viewer, this.data.cycle(), "en");
		Questionnaire questionnaire = this.reading.content(report.getId(), viewer).questionnaire();
		Questionnaire.Section law = section(questionnaire, "LAW");
		this.filing.saveSection(viewer, report.getId(), law.id(), 0,
				Map.of(question(law, "LAW.5").id(), List.of(lawNeed)));
		Questionnaire.Section capacity = section(questionnaire, "CB");
		this.filing.saveSection(viewer, report.getId(), capacity.id(), 0,
				Map.of(question(capacity, "CB.NEEDS-AREAS").id(), List.of("LAW", "CERT", "LEGAL"),
						question(capacity, "CB.NEEDS-DETAIL").id(), List.of(detail),
						question(capacity, "CB.NEEDS-FORMS").id(),
						List.of("TECHNICAL", "TRAINING")));
		NationalReport saved = this.reports.findById(report.getId()).orElseThrow();
		saved.markSubmitted(Instant.parse("2026-06-30T12:00:00Z"));
		return this.reports.save(saved);
	}

	private List<CapacityNeed> fromReport(NationalReport report) {
		List<Long> ids = this.jdbc.sql("select id from capacity_need where source_report_id = :report")
			.param("report", report.getId())
			.query(Long.class)
			.list();
		Viewer secretariat = this.data.secretariat().asViewer();
		return ids.stream().map((id) -> this.needs.find(secretariat, id)).toList();
	}

	private static Questionnaire.Section section(Questionnaire questionnaire, String code) {
		return questionnaire.sections().stream().filter((s) -> s.code().equals(code)).findFirst().orElseThrow();
	}

	private static Questionnaire.Question question(Questionnaire.Section section, String code) {
		return section.questions().stream().filter((q) -> q.code().equals(code)).findFirst().orElseThrow();
	}

	private List<MimeMessage> mailsTo(UserAccount account) {
		return Arrays.stream(this.greenMail.getReceivedMessagesForDomain(account.getEmail())).toList();
	}

}
