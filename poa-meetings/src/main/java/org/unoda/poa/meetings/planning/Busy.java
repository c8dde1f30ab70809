package org.unoda.poa.meetings.planning;

import org.unoda.poa.core.meeting.DutyStation;

/**
 * Something that occupies dates a meeting should keep clear of: another process's meeting, a
 * UN holiday, or one of the Programme's own meetings.
 *
 * @param title what it is
 * @param window its dates
 * @param dutyStation where it is; {@code null} when not tied to one duty station
 * @param process the other process, or {@code null} for the Programme's own meetings
 */
public record Busy(String title, Window window, DutyStation dutyStation, CalendarProcess process) {

	public boolean isOwnMeeting() {
		return this.process == null;
	}

}
