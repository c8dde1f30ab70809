package org.unoda.poa.meetings.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A span of days, both ends included.
 *
 * @param start the first day
 * @param end the last day
 */
public record Window(LocalDate start, LocalDate end) {

	public Window {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("a window cannot end before it starts");
		}
	}

	/**
	 * A meeting of so many working days starting on the given day, weekends skipped.
	 */
	static Window ofWorkingDays(LocalDate start, int days) {
		LocalDate end = start;
		int counted = isWorkingDay(start) ? 1 : 0;
		while (counted < days) {
			end = end.plusDays(1);
			if (isWorkingDay(end)) {
				counted++;
			}
		}
		return new Window(start, end);
	}

	/**
	 * The first Monday of a month.
	 */
	static LocalDate firstMonday(int year, int month) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
	}

	private static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	public boolean overlaps(Window other) {
		return !this.end.isBefore(other.start) && !other.end.isBefore(this.start);
	}

	/**
	 * The number of free days between two windows that do not overlap: 0 when one ends the
	 * day before the other starts.
	 */
	long gapTo(Window other) {
		return this.end.isBefore(other.start) ? ChronoUnit.DAYS.between(this.end, other.start) - 1
				: ChronoUnit.DAYS.between(other.end, this.start) - 1;
	}

	Window shiftedBy(long days) {
		return new Window(this.start.plusDays(days), this.end.plusDays(days));
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.start, this.end) + 1;
	}

}
