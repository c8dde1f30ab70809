package org.unoda.poa.web.meeting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.agenda.AgendaItem;
import org.unoda.poa.meetings.agenda.MeetingDesk;
import org.unoda.poa.meetings.agenda.WorkingGroups;
import org.unoda.poa.meetings.contribution.Contributions;
import org.unoda.poa.meetings.document.MeetingDocument;
import org.unoda.poa.meetings.document.OfficialDocuments;
import org.unoda.poa.meetings.feed.MeetingFeed;
import org.unoda.poa.meetings.registration.Participation;
import org.unoda.poa.meetings.registration.Registrations;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.Downloads;
import org.unoda.poa.web.layout.ListPages;

/**
 * The meetings everyone may see: the calendar (planned meetings too for the secretariat), each
 * meeting's page with its agenda, documents, outcome and participation, the documents' files,
 * and the meetings as iCalendar.
 */
@Controller
class MeetingController {

	/** How many past meetings the calendar lists at a time. */
	static final int PAST_PER_PAGE = 20;

	static final String VIEW = "meetings/list";

	static final String VIEW_MEETING = "meetings/detail";

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final MeetingCalendar calendar;

	private final MeetingDesk desk;

	private final WorkingGroups workingGroups;

	private final OfficialDocuments documents;

	private final Registrations registrations;

	private final Participation participation;

	private final MeetingFeed feed;

	private final MessageSource messages;

	private final WebSettings settings;

	private final Clock clock;

	private final Contributions contributions;

	MeetingController(MeetingCalendar calendar, MeetingDesk desk, WorkingGroups workingGroups,
			OfficialDocuments documents, Registrations registrations, Participation participation, MeetingFeed feed,
			MessageSource messages, WebSettings settings, Clock clock, Contributions contributions) {
		this.contributions = contributions;
		this.calendar = calendar;
		this.desk = desk;
		this.workingGroups = workingGroups;
		this.documents = documents;
		this.registrations = registrations;
		this.participation = participation;
		this.feed = feed;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String calendar(@RequestParam(name = "past", defaultValue = "0") int pastPage, Viewer viewer, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Boolean, List<Meeting>> byPast = this.calendar.visibleTo(viewer)
			.stream()
			.collect(Collectors.partitioningBy((m) -> m.getEndDate().isBefore(today)));
		model.addAttribute("upcoming", byPast.get(false));
		List<Meeting> past = new ArrayList<>(byPast.get(true));
		Collections.reverse(past);
		// the past meetings grow with every year: the most recent first, a page at a time
		Page<Meeting> pastMeetings = ListPages.of(past, pastPage, PAST_PER_PAGE);
		model.addAttribute("past", pastMeetings.getContent());
		model.addAttribute("pastPage", pastMeetings);
		model.addAttribute("today", today);
		return VIEW;
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable Long id, Viewer viewer, Model model) {
		Meeting meeting = this.calendar.find(viewer, id);
		List<AgendaItem> agenda = this.desk.agenda(id);
		List<MeetingDocument> documents = this.documents.of(viewer, id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("agenda", agenda);
		model.addAttribute("agendaTitles",
				agenda.stream().collect(Collectors.toMap(AgendaItem::getId, Function.identity())));
		model.addAttribute("documents", documents);
		model.addAttribute("workingGroup", this.workingGroups.ofMeeting(id).orElse(null));
		model.addAttribute("registrationOpen", meeting.isOpenForRegistration(LocalDate.now(this.clock)));
		model.addAttribute("ownRegistration", this.registrations.own(viewer, id).orElse(null));
		model.addAttribute("mayRegister", this.registrations.mayRegister(viewer));
		model.addAttribute("gender", this.participation.byGender(viewer, id));
		model.addAttribute("contributions", this.contributions.published(viewer, id));
		model.addAttribute("ownContributions", this.contributions.ofOwnOrganisation(viewer, id));
		model.addAttribute("mayContribute", this.contributions.mayContribute(viewer, meeting));
		return VIEW_MEETING;
	}

	@GetMapping("/meetings/{id}/documents/{documentId}/{language}")
	ResponseEntity<byte[]> documentFile(@PathVariable Long id, @PathVariable Long documentId,
			@PathVariable String language, Viewer viewer) {
		return Downloads.of(this.documents.file(viewer, id, documentId, language));
	}

	/**
	 * Every public meeting, for calendar applications to subscribe to.
	 */
	@GetMapping("/meetings/calendar.ics")
	ResponseEntity<String> feed(Locale locale) {
		List<Meeting> meetings = this.calendar.visibleTo(Viewer.anonymous());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(this.feed.write(this.messages.getMessage("meetings.feedName", null, locale), meetings,
					(m) -> details(m, locale)));
	}

	@GetMapping("/meetings/{id}/calendar.ics")
	ResponseEntity<byte[]> event(@PathVariable Long id, Viewer viewer, Locale locale) {
		Meeting meeting = this.calendar.find(viewer, id);
		String text = this.feed.write(meeting.titleIn(locale.getLanguage()).text(), List.of(meeting), (m) -> details(m, locale));
		return Downloads.of(text.getBytes(StandardCharsets.UTF_8), CALENDAR,
				"meeting-" + id + ".ics");
	}

	private MeetingFeed.EventDetails details(Meeting meeting, Locale locale) {
		String url = UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/meetings/{id}")
			.buildAndExpand(meeting.getId())
			.toUriString();
		String station = this.messages.getMessage(meeting.getDutyStation().messageKey(), null, locale);
		String location = (meeting.getVenue() != null) ? meeting.getVenue() + ", " + station : station;
		String description = this.messages.getMessage(meeting.getType().messageKey(), null, locale) + " · "
				+ this.messages.getMessage(meeting.getFormat().messageKey(), null, locale);
		return new MeetingFeed.EventDetails(meeting.titleIn(locale.getLanguage()).text(), URI.create(this.settings.baseUrl()).getHost(), url, location, description);
	}

}
