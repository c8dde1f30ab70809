package org.unoda.poa.core.meeting;

/**
 * What a concluded meeting came to: a text adopted by consensus, or, failing consensus, a
 * summary issued under the chair's own responsibility.
 */
public enum MeetingOutcome {

	ADOPTED_BY_CONSENSUS, CHAIRS_SUMMARY;

	public String messageKey() {
		return "meetingOutcome." + name();
	}

}
