package org.unoda.poa.meetings.planning;

/**
 * The other processes whose meetings the Programme of Action's must not clash with.
 */
public enum CalendarProcess {

	UNGA_FIRST_COMMITTEE, CONFERENCE_ON_DISARMAMENT, BWC, CCW, NPT, ATT, SMALL_ARMS, UNGA_HIGH_LEVEL_WEEK, UN_HOLIDAY,
	OTHER;

	public String messageKey() {
		return "calendarProcess." + name();
	}

}
