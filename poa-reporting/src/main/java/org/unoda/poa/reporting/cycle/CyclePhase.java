package org.unoda.poa.reporting.cycle;

/**
 * Where a cycle stands on a given day.
 */
public enum CyclePhase {

	/** Before the opening date: nobody files yet. */
	UPCOMING,
	/** Between the opening date and the deadline. */
	OPEN,
	/** After the deadline: reports are still accepted and counted as late. */
	PAST_DEADLINE;

	public String messageKey() {
		return "cyclePhase." + name();
	}

}
