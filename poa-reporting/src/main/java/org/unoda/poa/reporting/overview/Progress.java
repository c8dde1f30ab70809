package org.unoda.poa.reporting.overview;

/**
 * Where a State stands in a cycle.
 */
public enum Progress {

	NOT_STARTED, DRAFTING, IN_REVIEW, SUBMITTED;

	public String messageKey() {
		return "progress." + name();
	}

}
