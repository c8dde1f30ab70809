package org.unoda.poa.meetings.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Categories;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.meeting.DutyStation;

/**
 * The calendar of other disarmament and international-security processes, kept by the
 * secretariat by hand or imported from iCalendar files (events keep their UID, so importing an
 * updated file changes them instead of adding them twice).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
public class OtherCalendar {

	private final ExternalEventRepository events;

	OtherCalendar(ExternalEventRepository events) {
		this.events = events;
	}

	public List<ExternalEvent> between(LocalDate from, LocalDate to) {
		return this.events.findBetween(from, to);
	}

	@Transactional
	public ExternalEvent add(String title, CalendarProcess process, LocalDate start, LocalDate end,
			DutyStation dutyStation) {
		if (end.isBefore(start)) {
			throw new FieldRejectedException("end", "planning.endBeforeStart");
		}
		return this.events.save(new ExternalEvent(title, process, new Window(start, end), dutyStation, null));
	}

	@Transactional
	public void remove(Long id) {
		this.events.delete(this.events.findById(id).orElseThrow(() -> new NotFoundException("event", id)));
	}

	/**
	 * Imports the events of an iCalendar file: all-day or timed, their first and last day;
	 * the process and duty station guessed from the categories, summary and location.
	 * @throws FieldRejectedException when the file is not iCalendar or holds no event
	 */
	@Transactional
	public ImportResult importCalendar(InputStream file) {
		List<ICalendar> calendars;
		try {
			calendars = Biweekly.parse(file).all();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int created = 0;
		int updated = 0;
		int skipped = 0;
		for (ICalendar calendar : calendars) {
			for (VEvent event : calendar.getEvents()) {
				if (event.getDateStart() == null || event.getSummary() == null) {
					skipped++;
					continue;
				}
				LocalDate start = day(event.getDateStart().getValue());
				LocalDate end = lastDay(event, start);
				String title = event.getSummary().getValue().strip();
				String text = (title + " " + categories(event) + " "
						+ ((event.getLocation() != null) ? event.getLocation().getValue() : ""))
					.toLowerCase(Locale.ROOT);
				CalendarProcess process = processOf(text);
				DutyStation station = stationOf(text);
				Window window = new Window(start, end);
				String uid = (event.getUid() != null) ? event.getUid().getValue() : null;
				ExternalEvent existing = (uid != null) ? this.events.findByUid(uid).orElse(null) : null;
				if (existing != null) {
					existing.change(title, process, window, station);
					updated++;
				}
				else {
					this.events.save(new ExternalEvent(title, process, window, station, uid));
					created++;
				}
			}
		}
		if (created + updated == 0) {
			throw new FieldRejectedException("file", "planning.import.empty");
		}
		return new ImportResult(created, updated, skipped);
	}

	private static LocalDate day(Date date) {
		return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	/**
	 * The last day: an all-day event's DTEND is the day after it ends, a timed one's the day it
	 * ends; without an end, the start day.
	 */
	private static LocalDate lastDay(VEvent event, LocalDate start) {
		if (event.getDateEnd() == null) {
			return start;
		}
		LocalDate end = day(event.getDateEnd().getValue());
		if (!event.getDateEnd().getValue().hasTime()) {
			end = end.minusDays(1);
		}
		return end.isBefore(start) ? start : end;
	}

	private static String categories(VEvent event) {
		StringBuilder text = new StringBuilder();
		for (Categories categories : event.getCategories()) {
			text.append(String.join(" ", categories.getValues())).append(' ');
		}
		return text.toString();
	}

	static CalendarProcess processOf(String text) {
		if (text.contains("first committee")) {
			return CalendarProcess.UNGA_FIRST_COMMITTEE;
		}
		if (text.contains("conference on disarmament")) {
			return CalendarProcess.CONFERENCE_ON_DISARMAMENT;
		}
		if (text.contains("bwc") || text.contains("biological")) {
			return CalendarProcess.BWC;
		}
		if (text.contains("ccw") || text.contains("certain conventional")) {
			return CalendarProcess.CCW;
		}
		if (text.contains("npt") || text.contains("non-proliferation")) {
			return CalendarProcess.NPT;
		}
		if (text.contains("arms trade")) {
			return CalendarProcess.ATT;
		}
		if (text.contains("small arms") || text.contains("salw")) {
			return CalendarProcess.SMALL_ARMS;
		}
		if (text.contains("high-level week") || text.contains("general debate")) {
			return CalendarProcess.UNGA_HIGH_LEVEL_WEEK;
		}
		if (text.contains("holiday")) {
			return CalendarProcess.UN_HOLIDAY;
		}
		return CalendarProcess.OTHER;
	}

	static DutyStation stationOf(String text) {
		if (text.contains("new york")) {
			return DutyStation.NEW_YORK;
		}
		if (text.contains("geneva") || text.contains("genève")) {
			return DutyStation.GENEVA;
		}
		if (text.contains("vienna")) {
			return DutyStation.VIENNA;
		}
		return null;
	}

	/**
	 * What an import did.
	 *
	 * @param created events added
	 * @param updated events already known (by UID) and updated
	 * @param skipped events without a date or title
	 */
	public record ImportResult(int created, int updated, int skipped) implements Serializable {

	}

}
