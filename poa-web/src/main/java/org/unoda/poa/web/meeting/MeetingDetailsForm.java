package org.unoda.poa.web.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingFormat;
import org.unoda.poa.web.layout.EditConflict;

/**
 * A meeting's details as the secretariat typed them: kept across the redirect (in the session)
 * when someone else saved the meeting meanwhile, so the form can show them again.
 *
 * @param title the title
 * @param start the first day
 * @param end the last day
 * @param dutyStation where
 * @param format in person, online or hybrid
 * @param venue the room or address, may be blank
 */
record MeetingDetailsForm(String title, LocalDate start, LocalDate end, DutyStation dutyStation, MeetingFormat format,
		String venue) implements Serializable {

	static MeetingDetailsForm of(Meeting meeting) {
		return new MeetingDetailsForm(meeting.getTitle(), meeting.getStartDate(), meeting.getEndDate(),
				meeting.getDutyStation(), meeting.getFormat(), (meeting.getVenue() != null) ? meeting.getVenue() : "");
	}

	/**
	 * The fields as the conflict page compares them, in the form's order.
	 */
	List<EditConflict.Field> fields() {
		return List.of(EditConflict.Field.text("planning.meetingTitle", this.title),
				EditConflict.Field.text("planning.start", String.valueOf(this.start)),
				EditConflict.Field.text("planning.end", String.valueOf(this.end)),
				EditConflict.Field.choice("meetings.dutyStation", this.dutyStation.messageKey()),
				EditConflict.Field.choice("meeting.format", this.format.messageKey()),
				EditConflict.Field.text("meeting.venue", this.venue));
	}

}
