package org.unoda.poa.core.report;

/**
 * Where a national report stands in its State's workflow.
 */
public enum ReportStatus {

	DRAFT, IN_REVIEW, SUBMITTED;

	public String messageKey() {
		return "reportStatus." + name();
	}

}
