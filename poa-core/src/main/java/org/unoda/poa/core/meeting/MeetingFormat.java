package org.unoda.poa.core.meeting;

/**
 * How delegations take part in a meeting.
 */
public enum MeetingFormat {

	IN_PERSON, HYBRID, VIRTUAL;

	public String messageKey() {
		return "meetingFormat." + name();
	}

}
