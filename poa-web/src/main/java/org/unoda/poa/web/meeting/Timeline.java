package org.unoda.poa.web.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.unoda.poa.core.meeting.MeetingType;
import org.unoda.poa.meetings.planning.Busy;
import org.unoda.poa.meetings.planning.MeetingPlan;
import org.unoda.poa.meetings.planning.PlanItem;
import org.unoda.poa.meetings.planning.Window;

/**
 * The plan laid out for the multi-year timeline drawing: one row per kind of meeting and one
 * for the other processes, each meeting a bar at its dates. The list beside it gives the same
 * information as text.
 *
 * @param width the drawing's width
 * @param years the year marks
 * @param rows the rows, top to bottom
 */
record Timeline(int width, List<YearMark> years, List<Row> rows) {

	static final int WIDTH = 1000;

	static final int LABEL_WIDTH = 190;

	static final int MINIMUM_BAR = 3;

	static Timeline of(MeetingPlan plan) {
		LocalDate from = LocalDate.of(plan.firstYear(), 1, 1);
		LocalDate to = LocalDate.of(plan.lastYear() + 1, 1, 1);
		double perDay = (double) (WIDTH - LABEL_WIDTH) / ChronoUnit.DAYS.between(from, to);
		List<YearMark> years = new ArrayList<>();
		for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
			years.add(new YearMark(year, x(LocalDate.of(year, 1, 1), from, perDay)));
		}
		List<Row> rows = new ArrayList<>();
		for (MeetingType type : List.of(MeetingType.INTERNATIONAL_CONFERENCE, MeetingType.REVIEW_CONFERENCE,
				MeetingType.MEETING_OF_STATES, MeetingType.WORKING_GROUP_SESSION)) {
			List<Bar> bars = plan.items()
				.stream()
				.filter((i) -> i.type() == type && i.state() != PlanItem.State.REPLACED)
				.map((i) -> bar(i.suggested(), from, perDay,
						"timeline-" + i.state().name() + (isUnresolved(i) ? " timeline-clash" : ""), type.messageKey(),
						String.valueOf(i.year())))
				.toList();
			rows.add(new Row(type.messageKey(), bars));
		}
		List<Bar> others = new ArrayList<>();
		for (Busy busy : plan.calendar()) {
			if (!busy.window().end().isBefore(from) && busy.window().start().isBefore(to)) {
				others.add(bar(busy.window(), from, perDay, busy.isOwnMeeting() ? "timeline-own" : "timeline-other",
						null, busy.title()));
			}
		}
		rows.add(new Row("planning.otherProcesses", others));
		return new Timeline(WIDTH, years, rows);
	}

	/**
	 * Whether the dates drawn still clash: an accepted meeting that clashes, or a proposed one
	 * for which no clash-free dates were found.
	 */
	private static boolean isUnresolved(PlanItem item) {
		return item.hasClashes() && item.proposal() == null;
	}

	private static Bar bar(Window window, LocalDate from, double perDay, String cssClass, String labelKey,
			String text) {
		int x = x(window.start(), from, perDay);
		int width = Math.max(MINIMUM_BAR, (int) Math.round(window.days() * perDay));
		return new Bar(x, width, cssClass, labelKey, text, window);
	}

	private static int x(LocalDate day, LocalDate from, double perDay) {
		return LABEL_WIDTH + (int) Math.round(Math.max(0, ChronoUnit.DAYS.between(from, day)) * perDay);
	}

	public int height() {
		return 30 + this.rows.size() * 28;
	}

	/**
	 * A year's mark on the time axis.
	 *
	 * @param year the year
	 * @param x where it starts
	 */
	record YearMark(int year, int x) {

	}

	/**
	 * A row of the drawing.
	 *
	 * @param labelKey the message key of its label
	 * @param bars its bars
	 */
	record Row(String labelKey, List<Bar> bars) {

	}

	/**
	 * One meeting or event.
	 *
	 * @param x where it starts
	 * @param width how long it is drawn
	 * @param cssClass how it is drawn (its state, and whether it clashes)
	 * @param labelKey the message key naming it, or {@code null} when the text says it all
	 * @param text what it is (the year of a planned meeting, the title of an event)
	 * @param window its dates
	 */
	record Bar(int x, int width, String cssClass, String labelKey, String text, Window window) {

	}

}
