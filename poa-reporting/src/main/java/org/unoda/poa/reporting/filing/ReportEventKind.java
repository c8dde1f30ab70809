package org.unoda.poa.reporting.filing;

/**
 * A step in a report's history.
 */
public enum ReportEventKind {

	STARTED, SENT_FOR_REVIEW, RETURNED, SUBMITTED, REVISION_STARTED, VISIBILITY_CHANGED;

	public String messageKey() {
		return "reportEvent." + name();
	}

}
