package org.unoda.poa.meetings.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.unoda.poa.core.meeting.DutyStation;

/**
 * Finds the clashes of a meeting's dates with the calendar, and the nearest dates without any.
 * Dates overlap when they share a day; a meeting also clashes with anything that leaves fewer
 * free days before or after it than the buffer (a buffer of 0 lets meetings touch).
 */
public final class ClashDetector {

	private static final int SEARCH_WEEKS = 52;

	private final int bufferDays;

	public ClashDetector(int bufferDays) {
		this.bufferDays = bufferDays;
	}

	public List<Clash> clashes(Window window, DutyStation station, List<Busy> calendar) {
		List<Clash> clashes = new ArrayList<>();
		for (Busy busy : calendar) {
			if (window.overlaps(busy.window())) {
				boolean sameStation = busy.dutyStation() != null && busy.dutyStation() == station;
				clashes.add(new Clash(sameStation ? ClashKind.SAME_DATES_SAME_STATION : ClashKind.SAME_DATES, busy, 0));
			}
			else {
				long gap = window.gapTo(busy.window());
				if (gap < this.bufferDays) {
					clashes.add(new Clash(ClashKind.WITHIN_BUFFER, busy, gap));
				}
			}
		}
		return clashes;
	}

	/**
	 * The nearest window of the same length, moved by whole weeks (so a meeting that starts on
	 * a Monday still does), that clashes with nothing: first in the preferred months of the same
	 * year, then anywhere in the same year, then up to a year either way. Later dates win a tie.
	 */
	public Optional<Window> nearestFree(Window wanted, DutyStation station, List<Busy> calendar,
			Set<Integer> preferredMonths) {
		int year = wanted.start().getYear();
		for (int pass = 0; pass < 3; pass++) {
			for (int weeks = 1; weeks <= SEARCH_WEEKS; weeks++) {
				for (int sign : new int[] { 1, -1 }) {
					Window candidate = wanted.shiftedBy(7L * weeks * sign);
					boolean allowed = switch (pass) {
						case 0 -> candidate.start().getYear() == year
								&& preferredMonths.contains(candidate.start().getMonthValue());
						case 1 -> candidate.start().getYear() == year;
						default -> true;
					};
					if (allowed && clashes(candidate, station, calendar).isEmpty()) {
						return Optional.of(candidate);
					}
				}
			}
		}
		return Optional.empty();
	}

}
