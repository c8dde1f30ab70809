package org.unoda.poa.core.meeting;

/**
 * The kinds of meeting in the Programme of Action's cycle.
 */
public enum MeetingType {

	MEETING_OF_STATES, REVIEW_CONFERENCE, INTERNATIONAL_CONFERENCE, WORKING_GROUP_SESSION, INFORMAL_CONSULTATION;

	public String messageKey() {
		return "meetingType." + name();
	}

}
