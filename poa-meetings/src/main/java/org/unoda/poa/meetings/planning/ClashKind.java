package org.unoda.poa.meetings.planning;

/**
 * How a meeting clashes with something else on the calendar.
 */
public enum ClashKind {

	/** The dates overlap at the same duty station. */
	SAME_DATES_SAME_STATION,
	/** The dates overlap (elsewhere, or with something every delegation attends). */
	SAME_DATES,
	/** No overlap, but fewer free days in between than the buffer asks for. */
	WITHIN_BUFFER;

	public String messageKey() {
		return "clashKind." + name();
	}

}
