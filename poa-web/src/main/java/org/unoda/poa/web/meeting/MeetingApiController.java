package org.unoda.poa.web.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.unoda.poa.core.framework.Pillar;
import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingCalendar;
import org.unoda.poa.core.meeting.MeetingFormat;
import org.unoda.poa.core.meeting.MeetingOutcome;
import org.unoda.poa.core.meeting.MeetingStatus;
import org.unoda.poa.core.meeting.MeetingType;
import org.unoda.poa.core.user.Viewer;
import org.unoda.poa.meetings.agenda.AgendaItem;
import org.unoda.poa.meetings.agenda.MeetingDesk;
import org.unoda.poa.meetings.document.DocumentType;
import org.unoda.poa.meetings.document.MeetingDocument;
import org.unoda.poa.meetings.document.OfficialDocuments;

/**
 * Meetings as open data: the calendar, and each meeting with its agenda, documents and
 * outcome, as far as the caller may see them (exactly as on the pages).
 */
@RestController
@Tag(name = "Meetings", description = "The meetings of the Programme of Action, their agendas, documents and outcomes")
class MeetingApiController {

	private final MeetingCalendar calendar;

	private final MeetingDesk desk;

	private final OfficialDocuments documents;

	MeetingApiController(MeetingCalendar calendar, MeetingDesk desk, OfficialDocuments documents) {
		this.calendar = calendar;
		this.desk = desk;
		this.documents = documents;
	}

	@GetMapping("/api/v1/meetings")
	@Operation(summary = "The meetings the caller may see, earliest first: announced ones for everyone")
	List<MeetingResource> list(Viewer viewer) {
		return this.calendar.visibleTo(viewer).stream().map(MeetingResource::of).toList();
	}

	@GetMapping("/api/v1/meetings/{id}")
	@Operation(summary = "One meeting with its agenda, the documents the caller may read and its outcome; 404 when the caller may not see it")
	MeetingDetail one(@PathVariable Long id, Viewer viewer) {
		Meeting meeting = this.calendar.find(viewer, id);
		List<AgendaItemResource> agenda = this.desk.agenda(id).stream().map(AgendaItemResource::of).toList();
		List<DocumentResource> documents = this.documents.of(viewer, id).stream().map(DocumentResource::of).toList();
		return new MeetingDetail(MeetingResource.of(meeting), agenda, documents, meeting.getOutcome(),
				meeting.getOutcomeSummary());
	}

	/**
	 * A meeting in the calendar.
	 *
	 * @param title the title, in English
	 * @param titleTranslations the title in other official languages, by language code
	 * @param registrationDeadline the last day delegations may register, when registration is
	 * open
	 */
	record MeetingResource(Long id, MeetingType type, String title, Map<String, String> titleTranslations,
			LocalDate startDate, LocalDate endDate,
			DutyStation dutyStation, MeetingFormat format, String venue, MeetingStatus status,
			LocalDate registrationDeadline, String iCalendar) {

		static MeetingResource of(Meeting meeting) {
			return new MeetingResource(meeting.getId(), meeting.getType(), meeting.getTitle(),
					meeting.getTranslations().of("title"), meeting.getStartDate(),
					meeting.getEndDate(), meeting.getDutyStation(), meeting.getFormat(), meeting.getVenue(),
					meeting.getStatus(), meeting.getRegistrationDeadline(),
					link("/meetings/{id}/calendar.ics", meeting.getId()));
		}

	}

	/**
	 * A meeting with what it dealt with and came to.
	 */
	record MeetingDetail(MeetingResource meeting, List<AgendaItemResource> agenda, List<DocumentResource> documents,
			MeetingOutcome outcome, String outcomeSummary) {
	}

	record AgendaItemResource(int position, String title, Set<Pillar> pillars) {

		static AgendaItemResource of(AgendaItem item) {
			return new AgendaItemResource(item.getPosition(), item.getTitle(), item.getPillars());
		}

	}

	/**
	 * An official document.
	 *
	 * @param title the title, in English
	 * @param titleTranslations the title in other official languages, by language code
	 * @param files the address of the file of each language version, by language code
	 */
	record DocumentResource(String symbol, String title, Map<String, String> titleTranslations, DocumentType type, LocalDate issuedOn, boolean published,
			List<FileResource> files) {

		static DocumentResource of(MeetingDocument document) {
			return new DocumentResource(document.getSymbol(), document.getTitle(),
					document.getTranslations().of("title"), document.getType(),
					document.getIssuedOn(), document.isPublished(),
					document.getFiles()
						.stream()
						.map((f) -> new FileResource(f.language(),
								link("/meetings/{id}/documents/{document}/{language}", document.getMeetingId(),
										document.getId(), f.language())))
						.toList());
		}

	}

	record FileResource(String language, String url) {
	}

	private static String link(String path, Object... variables) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables).toUriString();
	}

}
