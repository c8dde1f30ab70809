package org.unoda.poa.core.report;

/**
 * Who a State lets read its submitted report.
 */
public enum ReportVisibility {

	/** Anyone, signed in or not. */
	PUBLIC,
	/** Signed-in users of States, and the secretariat. */
	STATES,
	/** The secretariat only (and the reporting State itself). */
	SECRETARIAT;

	public String messageKey() {
		return "reportVisibility." + name();
	}

}
