package org.unoda.poa.meetings.planning;

/**
 * What the plan does when two meetings of the cycle fall in the same year (a review conference
 * year is also a meeting-of-States year). Working-group sessions are always held.
 */
public enum CoincidingYears {

	/** Only the higher-ranked meeting is held; it serves for the other. */
	HIGHER_RANK_REPLACES,
	/** Both are held, kept apart by the buffer like any other meetings. */
	HOLD_BOTH;

	public String messageKey() {
		return "coincidingYears." + name();
	}

}
