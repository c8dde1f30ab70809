package org.unoda.poa.web.meeting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.language.Localized;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingRepository;
import org.unoda.poa.core.meeting.MeetingStatus;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.meetings.planning.MeetingPlan;
import org.unoda.poa.meetings.planning.PlanItem;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.security.TestSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The planner through its pages: a clash with the other calendar is flagged with clash-free
 * dates, the secretariat accepts them and announces the meeting, which then (and only then)
 * is public; calendars import from iCalendar files; nobody else plans.
 */
@PoaIntegrationTest
class PlanningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	MessageSource messages;

	@Test
	void aClashIsFlaggedTheProposalAcceptedAndTheMeetingAnnounced() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		// the default rules put the first meeting of States on Monday 5 June 2028 in New York
		this.mvc.perform(post("/meetings/planning/calendar").with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("title", "NPT Preparatory Committee")
			.param("process", "NPT")
			.param("start", "2028-06-01")
			.param("end", "2028-06-09")
			.param("dutyStation", "NEW_YORK")).andExpect(flash().attribute("flashMessage", "planning.eventAdded"));

		MeetingPlan plan = plan(secretariat);
		PlanItem meetingOfStates = plan.items()
			.stream()
			.filter((i) -> i.key().equals("MEETING_OF_STATES-2028"))
			.findFirst()
			.orElseThrow();
		assertThat(meetingOfStates.hasClashes()).isTrue();
		assertThat(meetingOfStates.proposal()).isNotNull();
		assertThat(meetingOfStates.proposal().start()).isAfter(LocalDate.parse("2028-06-16"));

		String title = "First Meeting of States " + TestData.unique();
		this.mvc.perform(post("/meetings/planning/accept").with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("key", "MEETING_OF_STATES-2028")
			.param("type", "MEETING_OF_STATES")
			.param("year", "2028")
			.param("title", title)
			.param("start", meetingOfStates.proposal().start().toString())
			.param("end", meetingOfStates.proposal().end().toString())
			.param("dutyStation", "NEW_YORK")).andExpect(flash().attribute("flashMessage", "planning.accepted"));
		PlanItem accepted = plan(secretariat).items()
			.stream()
			.filter((i) -> i.key().equals("MEETING_OF_STATES-2028"))
			.findFirst()
			.orElseThrow();
		assertThat(accepted.state()).isEqualTo(PlanItem.State.ACCEPTED);
		assertThat(accepted.hasClashes()).isFalse();
		Meeting meeting = this.meetings.findById(accepted.meetingId()).orElseThrow();
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
		this.mvc.perform(get("/meetings")).andExpect(content().string(not(containsString(title))));

		// accepting twice is refused
		this.mvc.perform(post("/meetings/planning/accept").with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("key", "MEETING_OF_STATES-2028")
			.param("type", "MEETING_OF_STATES")
			.param("year", "2028")
			.param("title", title)
			.param("start", "2028-07-10")
			.param("end", "2028-07-14")
			.param("dutyStation", "NEW_YORK")).andExpect(flash().attribute("flashError", "planning.notProposed"));

		this.mvc.perform(post("/meetings/planning/meetings/{id}/announce", meeting.getId()).with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("key", "MEETING_OF_STATES-2028")).andExpect(flash().attribute("flashMessage", "planning.announced"));
		this.mvc.perform(get("/meetings")).andExpect(content().string(containsString(title)));
	}

	@Test
	void aMeetingAcceptedUnderItsProposedTitleHasItInTheSixLanguagesAndOneOfItsOwnOnlyAsWritten() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		// titles are written in English: the planner proposes them so on a page in French too
		this.mvc.perform(get("/meetings/planning").param("lang", "fr").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString("value=\"Working group session, 2031\"")));

		Meeting proposed = accept(secretariat, "WORKING_GROUP_SESSION-2031", "Working group session, 2031");
		for (String language : List.of("ar", "zh", "fr", "ru", "es")) {
			assertThat(proposed.titleIn(language)).isEqualTo(new Localized(this.messages.getMessage(
					"planning.defaultTitle.WORKING_GROUP_SESSION", new Object[] { "2031" }, Locale.forLanguageTag(language)),
					language));
		}
		assertThat(proposed.titleIn("fr").text()).isNotEqualTo(proposed.getTitle());

		Meeting own = accept(secretariat, "WORKING_GROUP_SESSION-2032", "Working group on threats, 2032 session");
		assertThat(own.titleIn("fr")).isEqualTo(new Localized("Working group on threats, 2032 session", "en"));
	}

	private Meeting accept(UserAccount secretariat, String key, String title) throws Exception {
		PlanItem item = plan(secretariat).items().stream().filter((i) -> i.key().equals(key)).findFirst().orElseThrow();
		this.mvc.perform(post("/meetings/planning/accept").with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("key", key)
			.param("type", item.type().name())
			.param("year", String.valueOf(item.year()))
			.param("title", title)
			.param("start", item.suggested().start().toString())
			.param("end", item.suggested().end().toString())
			.param("dutyStation", item.dutyStation().name())).andExpect(flash().attribute("flashMessage", "planning.accepted"));
		Long id = plan(secretariat).items().stream().filter((i) -> i.key().equals(key)).findFirst().orElseThrow().meetingId();
		return this.meetings.findById(id).orElseThrow();
	}

	@Test
	void anICalendarFileIsImportedAndImportedAgainWithoutDuplicates() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		String uid = TestData.unique();
		String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
				"UID:bwc-" + uid, "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20290820", "DTEND;VALUE=DATE:20290825",
				"SUMMARY:BWC Meeting of Experts " + uid, "LOCATION:Palais des Nations, Geneva", "END:VEVENT",
				"BEGIN:VEVENT", "UID:fc-" + uid, "DTSTAMP:20260101T000000Z", "DTSTART:20291005T150000Z",
				"DTEND:20291106T220000Z", "SUMMARY:First Committee " + uid, "LOCATION:New York", "END:VEVENT",
				"END:VCALENDAR", "");
		MockMultipartFile file = new MockMultipartFile("file", "other.ics", "text/calendar",
				ics.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/meetings/planning/calendar/import").file(file).with(TestSignIn.as(secretariat)).with(csrf()))
			.andExpect(flash().attribute("flashMessage", "planning.imported"))
			.andExpect(flash().attribute("importResult",
					org.hamcrest.Matchers.hasToString(containsString("created=2, updated=0"))));
		this.mvc.perform(multipart("/meetings/planning/calendar/import").file(file).with(TestSignIn.as(secretariat)).with(csrf()))
			.andExpect(flash().attribute("importResult",
					org.hamcrest.Matchers.hasToString(containsString("created=0, updated=2"))));

		this.mvc.perform(get("/meetings/planning/calendar").with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BWC Meeting of Experts " + uid)))
			// an all-day event ends the day before DTEND
			.andExpect(content().string(containsString("20 Aug 2029 to 24 Aug 2029")))
			.andExpect(content().string(containsString("Biological Weapons Convention")));

		this.mvc.perform(multipart("/meetings/planning/calendar/import")
			.file(new MockMultipartFile("file", "empty.ics", "text/calendar", "not a calendar".getBytes()))
			.with(TestSignIn.as(secretariat))
			.with(csrf())).andExpect(flash().attribute("flashError", "planning.import.empty"));
	}

	@Test
	void onlyTheSecretariatPlans() throws Exception {
		this.mvc.perform(get("/meetings/planning")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/meetings/planning").with(TestSignIn.as(this.data.approver("MEX"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/meetings/planning/calendar").with(TestSignIn.as(this.data.approver("MEX")))
			.with(csrf())
			.param("title", "x")
			.param("process", "OTHER")
			.param("start", "2029-01-01")
			.param("end", "2029-01-02")).andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/planning").with(TestSignIn.as(this.data.secretariat())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Timeline of the plan")));
	}

	private MeetingPlan plan(UserAccount secretariat) throws Exception {
		return (MeetingPlan) this.mvc.perform(get("/meetings/planning").with(TestSignIn.as(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("plan");
	}

}
