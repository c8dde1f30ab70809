package org.unoda.poa.meetings.feed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.ICalDate;

import org.springframework.stereotype.Component;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingStatus;

/**
 * Writes meetings as iCalendar (RFC 5545): each meeting an all-day event over its dates, with
 * a stable identifier and a sequence number that grows with each change, so that calendar
 * applications update the event rather than add another; a cancelled meeting stays in the
 * feed marked cancelled, so that subscribers see it cancelled.
 */
@Component
public class MeetingFeed {

	static final String PRODUCT_ID = "-//UNODA//PoA Secretariat Platform//EN";

	private final Clock clock;

	MeetingFeed(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The iCalendar text for the meetings.
	 * @param details what the web knows of each meeting: its address and its place in words
	 */
	public String write(String name, List<Meeting> meetings, Function<Meeting, EventDetails> details) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId(PRODUCT_ID);
		calendar.setName(name);
		for (Meeting meeting : meetings) {
			calendar.addEvent(event(meeting, details.apply(meeting)));
		}
		return Biweekly.write(calendar).go();
	}

	private VEvent event(Meeting meeting, EventDetails details) {
		VEvent event = new VEvent();
		event.setUid("poa-meeting-" + meeting.getId() + "@" + details.host());
		event.setSequence((int) meeting.getVersion());
		event.setDateTimeStamp(Date.from(this.clock.instant()));
		event.setSummary(details.title());
		event.setDateStart(day(meeting.getStartDate()));
		// the end of an all-day event is the day after the last one
		event.setDateEnd(day(meeting.getEndDate().plusDays(1)));
		event.setLocation(details.location());
		event.setUrl(details.url());
		event.setDescription(details.description());
		event.setStatus((meeting.getStatus() == MeetingStatus.CANCELLED) ? Status.cancelled() : Status.confirmed());
		return event;
	}

	private static ICalDate day(LocalDate date) {
		// biweekly writes a date without time in the default time zone
		return new ICalDate(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
	}

	/**
	 * What the web adds to a meeting's event.
	 *
	 * @param title the meeting's title in the reader's language
	 * @param host the platform's host name, to make identifiers unique worldwide
	 * @param url the meeting's page
	 * @param location where it is held, in words
	 * @param description a line on the meeting
	 */
	public record EventDetails(String title, String host, String url, String location, String description) {
	}

}
