package org.unoda.poa.web.meeting;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import jakarta.servlet.http.Cookie;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat runs a meeting (agenda, documents in several languages, outcome) and the
 * public sees what is public: announced meetings, public documents, the outcome, and the
 * meetings as iCalendar.
 */
@PoaIntegrationTest
class MeetingPagesIntegrationTests {

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatIssuesDocumentsAndThePublicSeesOnlyThePublicOnes() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(40), LocalDate.now().plusDays(20));
		UserAccount secretariat = this.data.secretariat();
		String unique = TestData.unique().toUpperCase();
		this.mvc.perform(post("/meetings/{id}/agenda", meeting.getId()).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("title", "Capacity-building " + unique)
			.param("pillars", "CAPACITY_BUILDING", "GENDER_DIGITAL_DIVIDE"))
			.andExpect(flash().attribute("flashMessage", "meeting.agendaItemAdded"));

		String publicSymbol = "A/AC.300/" + unique + "/1";
		String restrictedSymbol = "A/AC.300/" + unique + "/CRP.1";
		issue(secretariat, meeting, publicSymbol, "Provisional agenda " + unique, true)
			.andExpect(flash().attribute("flashMessage", "document.issued"));
		issue(secretariat, meeting, restrictedSymbol, "Draft elements " + unique, false)
			.andExpect(flash().attribute("flashMessage", "document.issued"));
		// the same symbol twice, or a symbol that is not one, is refused next to the field; nothing is stored
		issue(secretariat, meeting, publicSymbol.toLowerCase(), "Again", true)
			.andExpect(flash().attribute("flashError", "document.symbol.taken"))
			.andExpect(flash().attribute("flashField", "symbol"));
		issue(secretariat, meeting, "not a symbol!", "Bad", true)
			.andExpect(flash().attribute("flashError", "document.symbol.invalid"));
		// a refused file leaves no document behind
		this.mvc.perform(multipart("/meetings/{id}/documents", meeting.getId())
			.file(new MockMultipartFile("file", "agenda.pdf", "application/pdf", new byte[0]))
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("symbol", "A/AC.300/" + unique + "/2")
			.param("title", "Empty")
			.param("type", "WORKING_PAPER")
			.param("issuedOn", "2027-01-05")
			.param("language", "en")).andExpect(flash().attribute("flashError", "upload.refused.EMPTY"));
		assertThat(this.jdbc.sql("select count(*) from meeting_document where meeting_id = ?")
			.param(meeting.getId())
			.query(Long.class)
			.single()).isEqualTo(2);

		Long publicId = documentId(publicSymbol);
		Long restrictedId = documentId(restrictedSymbol);
		this.mvc.perform(multipart("/meetings/{id}/documents/{d}/versions", meeting.getId(), publicId)
			.file(new MockMultipartFile("file", "ordre-du-jour.pdf", "application/pdf", PDF))
			.with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("language", "fr")).andExpect(flash().attribute("flashMessage", "document.versionAdded"));

		// the public sees the agenda with its pillars and the public document in both languages, not the other
		this.mvc.perform(get("/meetings/{id}", meeting.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Capacity-building " + unique)))
			.andExpect(content().string(containsString("Gender and the digital divide")))
			.andExpect(content().string(containsString(publicSymbol)))
			.andExpect(content().string(not(containsString(restrictedSymbol))));
		this.mvc.perform(get("/meetings/{id}/documents/{d}/fr", meeting.getId(), publicId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/meetings/{id}/documents/{d}/en", meeting.getId(), restrictedId))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}/documents/{d}/en", meeting.getId(), restrictedId)
			.with(TestSignIn.as(this.data.stakeholder()))).andExpect(status().isNotFound());
		// States' delegations read it
		this.mvc.perform(get("/meetings/{id}/documents/{d}/en", meeting.getId(), restrictedId)
			.with(TestSignIn.as(this.data.delegate("FRA")))).andExpect(status().isOk());
		// a document is only reached through its own meeting
		Meeting other = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(80), LocalDate.now().plusDays(20));
		this.mvc.perform(get("/meetings/{id}/documents/{d}/fr", other.getId(), publicId)).andExpect(status().isNotFound());
		// the API says the same
		this.mvc.perform(get("/api/v1/meetings/{id}", meeting.getId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agenda[0].pillars", hasItem("CAPACITY_BUILDING")))
			.andExpect(jsonPath("$.documents[*].symbol", hasItem(publicSymbol)))
			.andExpect(jsonPath("$.documents[*].symbol", not(hasItem(restrictedSymbol))))
			.andExpect(jsonPath("$.documents[0].files[*].language", hasItem("fr")));
		this.mvc.perform(get("/api/v1/meetings/{id}", meeting.getId()).with(TestSignIn.as(this.data.delegate("FRA"))))
			.andExpect(jsonPath("$.documents[*].symbol", hasItem(restrictedSymbol)));
		// nobody but the secretariat issues documents
		issue(this.data.delegate("FRA"), meeting, "A/AC.300/" + unique + "/3", "Delegate", true)
			.andExpect(status().isForbidden());
	}

	@Test
	void aSecondEditorOfAMeetingsDetailsSeesBothVersionsAndKeepsHers() throws Exception {
		UserAccount first = this.data.secretariat();
		UserAccount second = this.data.secretariat();
		Meeting meeting = this.data.plannedMeeting(LocalDate.now().plusYears(1));
		long loaded = this.jdbc.sql("select version from meeting where id = ?").param(meeting.getId()).query(Long.class).single();

		this.mvc.perform(details(meeting, first, loaded, "Venue A"))
			.andExpect(flash().attribute("flashMessage", "meeting.changed"));
		// the second editor loaded the page before the first one saved
		MvcResult conflict = this.mvc.perform(details(meeting, second, loaded, "Venue B"))
			.andExpect(redirectedUrl("/meetings/" + meeting.getId() + "/manage#conflict"))
			.andReturn();
		assertThat(venueOf(meeting)).isEqualTo("Venue A");
		// the page the browser is sent to finds both versions in the session, kept in PostgreSQL
		Cookie session = conflict.getResponse().getCookie("POA_SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/meetings/{id}/manage", meeting.getId()).with(TestSignIn.as(second)).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this while you were editing it")))
			.andExpect(content().string(containsString(first.getUsername())))
			.andExpect(content().string(matchesRegex("(?s).*<td[^>]*>Venue A</td>\\s*<td[^>]*>Venue B</td>.*")))
			.andExpect(content().string(containsString("value=\"Venue B\"")))
			.andExpect(content().string(containsString("Keep my version")));

		long current = this.jdbc.sql("select version from meeting where id = ?").param(meeting.getId()).query(Long.class).single();
		this.mvc.perform(details(meeting, second, current, "Venue B"))
			.andExpect(flash().attribute("flashMessage", "meeting.changed"));
		assertThat(venueOf(meeting)).isEqualTo("Venue B");
	}

	private MockHttpServletRequestBuilder details(Meeting meeting, UserAccount as, long version, String venue) {
		return post("/meetings/{id}/details", meeting.getId()).with(TestSignIn.as(as))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("title", meeting.getTitle())
			.param("start", meeting.getStartDate().toString())
			.param("end", meeting.getEndDate().toString())
			.param("dutyStation", meeting.getDutyStation().name())
			.param("format", meeting.getFormat().name())
			.param("venue", venue);
	}

	private String venueOf(Meeting meeting) {
		return this.jdbc.sql("select venue from meeting where id = ?").param(meeting.getId()).query(String.class).single();
	}

	@Test
	void aConcludedMeetingShowsItsOutcomeAndAPlannedOneStaysInternal() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(10), LocalDate.now().plusDays(5));
		this.mvc.perform(post("/meetings/{id}/conclude", meeting.getId()).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("summary", "Without an outcome")).andExpect(flash().attribute("flashError", "meeting.outcome.required"));
		this.mvc.perform(post("/meetings/{id}/conclude", meeting.getId()).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("outcome", "CHAIRS_SUMMARY")
			.param("summary", "Views diverged on the frequency of sessions."))
			.andExpect(flash().attribute("flashMessage", "meeting.concluded"));
		this.mvc.perform(get("/meetings/{id}", meeting.getId()))
			.andExpect(content().string(containsString("Chair’s summary")))
			.andExpect(content().string(containsString("Views diverged on the frequency of sessions.")));
		// a concluded meeting no longer changes
		this.mvc.perform(post("/meetings/{id}/cancel", meeting.getId()).with(TestSignIn.as(secretariat)).with(csrf()))
			.andExpect(flash().attribute("flashError", "meeting.over"));

		Meeting planned = this.data.plannedMeeting(LocalDate.now().plusYears(2));
		this.mvc.perform(get("/meetings/{id}", planned.getId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}", planned.getId()).with(TestSignIn.as(this.data.delegate("JPN"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/{id}/calendar.ics", planned.getId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/meetings/{id}", planned.getId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/meetings"))
			.andExpect(jsonPath("$[*].title", not(hasItem(planned.getTitle()))))
			.andExpect(jsonPath("$[*].title", hasItem(meeting.getTitle())));
		this.mvc.perform(get("/api/v1/meetings").with(TestSignIn.as(secretariat)))
			.andExpect(jsonPath("$[*].title", hasItem(planned.getTitle())));
		this.mvc.perform(get("/meetings/{id}", planned.getId()).with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/meetings/{id}/manage", meeting.getId()).with(TestSignIn.as(this.data.delegate("JPN"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theHomePageAndTheCalendarMarkAMeetingOpenForRegistration() throws Exception {
		LocalDate today = LocalDate.now();
		Meeting meeting = this.data.meetingOpenForRegistration(today.minusDays(1), today);
		String badge = Pattern.quote(meeting.getTitle()) + "</a>\\s*<span[^>]*>Registration open</span>";
		this.mvc.perform(get("/"))
			.andExpect(content().string(matchesRegex("(?s).*" + badge + ".*")));
		this.mvc.perform(get("/meetings"))
			.andExpect(content().string(matchesRegex("(?s).*" + badge + ".*")));
	}

	@Test
	void theCalendarListsPastMeetingsTwentyAtATimeMostRecentFirst() throws Exception {
		List<Meeting> old = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			old.add(this.data.meetingOpenForRegistration(LocalDate.of(1990, 1, 1).plusDays(7L * i),
					LocalDate.of(1989, 12, 1)));
		}
		String first = this.mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString();
		assertThat(first).contains("href=\"/meetings?past=1\"").doesNotContain(old.get(0).getTitle());
		// a page past the end shows the last one: the oldest meetings of all
		String last = this.mvc.perform(get("/meetings").param("past", "999"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(last).contains(old.get(0).getTitle(), old.get(1).getTitle());
		assertThat(last.indexOf(old.get(1).getTitle())).as("the most recent first")
			.isLessThan(last.indexOf(old.get(0).getTitle()));
	}

	@Test
	void publicMeetingsAreAnICalendarFeedThatParsesBack() throws Exception {
		Meeting announced = this.data.meetingOpenForRegistration(LocalDate.of(2031, 3, 10), LocalDate.now().plusDays(5));
		Meeting planned = this.data.plannedMeeting(LocalDate.of(2031, 6, 2));
		String feed = this.mvc.perform(get("/meetings/calendar.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		ICalendar calendar = Biweekly.parse(new StringReader(feed)).first();
		List<VEvent> events = calendar.getEvents();
		VEvent event = events.stream()
			.filter((e) -> e.getSummary().getValue().equals(announced.getTitle()))
			.findFirst()
			.orElseThrow();
		assertThat(day(event.getDateStart().getValue())).isEqualTo(LocalDate.of(2031, 3, 10));
		assertThat(event.getDateStart().getValue().hasTime()).isFalse();
		// the end of an all-day event is the day after the last
		assertThat(day(event.getDateEnd().getValue())).isEqualTo(LocalDate.of(2031, 3, 13));
		assertThat(event.getUid().getValue()).startsWith("poa-meeting-" + announced.getId() + "@");
		assertThat(event.getLocation().getValue()).isEqualTo("Geneva");
		assertThat(event.getUrl().getValue()).endsWith("/meetings/" + announced.getId());
		assertThat(events).noneMatch((e) -> e.getSummary().getValue().equals(planned.getTitle()));

		String single = this.mvc.perform(get("/meetings/{id}/calendar.ics", announced.getId()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("meeting-" + announced.getId() + ".ics")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		ICalendar one = Biweekly.parse(single).first();
		assertThat(one.getEvents()).hasSize(1);
		assertThat(one.getEvents().get(0).getSummary().getValue()).isEqualTo(announced.getTitle());
	}

	@Test
	void titlesAreShownInTheReadersLanguageAndMarkedWhenNotYetTranslated() throws Exception {
		Meeting meeting = this.data.meetingOpenForRegistration(LocalDate.now().plusDays(60), LocalDate.now().plusDays(30));
		UserAccount secretariat = this.data.secretariat();
		String unique = TestData.unique().toUpperCase();
		String symbol = "A/AC.300/" + unique + "/4";
		issue(secretariat, meeting, symbol, "Chair’s summary " + unique, true)
			.andExpect(flash().attribute("flashMessage", "document.issued"));
		Long documentId = documentId(symbol);

		this.mvc.perform(post("/meetings/{id}/title-translations", meeting.getId()).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("title.ar", "الدورة " + unique)
			.param("title.fr", "Session " + unique)
			.param("title.ru", ""))
			.andExpect(flash().attribute("flashMessage", "content.translationsSaved"));
		this.mvc
			.perform(post("/meetings/{id}/documents/{d}/title-translations", meeting.getId(), documentId)
				.with(TestSignIn.as(secretariat))
				.with(csrf())
				.param("title.ar", "موجز الرئيس " + unique))
			.andExpect(flash().attribute("flashMessage", "content.translationsSaved"));

		// an Arabic reader gets both titles in Arabic, unmarked
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).param("lang", "ar"))
			.andExpect(content().string(containsString("الدورة " + unique)))
			.andExpect(content().string(containsString("موجز الرئيس " + unique)))
			.andExpect(content().string(not(containsString("fallback-language"))));
		// a Russian reader gets the English titles, in English and marked as such
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).param("lang", "ru"))
			.andExpect(content().string(containsString("<span lang=\"en\" dir=\"auto\">" + meeting.getTitle() + "</span>")))
			.andExpect(content().string(containsString("Chair’s summary " + unique)))
			.andExpect(content().string(containsString("fallback-language")));
		// calendars and the API carry the translations too
		this.mvc.perform(get("/meetings/{id}/calendar.ics", meeting.getId()).param("lang", "fr"))
			.andExpect(content().string(containsString("SUMMARY:Session " + unique)));
		this.mvc.perform(get("/api/v1/meetings/{id}", meeting.getId()))
			.andExpect(jsonPath("$.meeting.title").value(meeting.getTitle()))
			.andExpect(jsonPath("$.meeting.titleTranslations.fr").value("Session " + unique))
			.andExpect(jsonPath("$.meeting.titleTranslations.ru").doesNotExist())
			.andExpect(jsonPath("$.documents[0].titleTranslations.ar").value("موجز الرئيس " + unique));

		// a title too long is refused next to its field, and nothing changes
		this.mvc.perform(post("/meetings/{id}/title-translations", meeting.getId()).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("title.fr", "x".repeat(301)))
			.andExpect(flash().attribute("flashField", "title-fr"));
		this.mvc.perform(get("/meetings/{id}", meeting.getId()).param("lang", "fr"))
			.andExpect(content().string(containsString("Session " + unique)));
		// only the secretariat translates
		this.mvc.perform(post("/meetings/{id}/title-translations", meeting.getId())
			.with(TestSignIn.as(this.data.delegate("FRA")))
			.with(csrf())
			.param("title.fr", "Autre")).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions issue(UserAccount user, Meeting meeting, String symbol,
			String title, boolean published) throws Exception {
		var request = multipart("/meetings/{id}/documents", meeting.getId())
			.file(new MockMultipartFile("file", "document.pdf", "application/pdf", PDF))
			.with(TestSignIn.as(user))
			.with(csrf())
			.param("symbol", symbol)
			.param("title", title)
			.param("type", "PROVISIONAL_AGENDA")
			.param("issuedOn", "2027-01-05")
			.param("language", "en");
		if (published) {
			request.param("published", "true");
		}
		return this.mvc.perform(request);
	}

	private Long documentId(String symbol) {
		return this.jdbc.sql("select id from meeting_document where symbol = ?").param(symbol).query(Long.class).single();
	}

	private static LocalDate day(java.util.Date date) {
		return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}

}
