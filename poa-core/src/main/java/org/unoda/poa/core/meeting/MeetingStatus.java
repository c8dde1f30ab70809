package org.unoda.poa.core.meeting;

/**
 * Where a meeting stands in its life.
 */
public enum MeetingStatus {

	PLANNED, ANNOUNCED, IN_SESSION, CONCLUDED, CANCELLED;

	public String messageKey() {
		return "meetingStatus." + name();
	}

	/**
	 * Whether the public may see a meeting in this status: planned dates are internal until
	 * the secretariat announces them.
	 */
	public boolean isPublic() {
		return this != PLANNED;
	}

}
