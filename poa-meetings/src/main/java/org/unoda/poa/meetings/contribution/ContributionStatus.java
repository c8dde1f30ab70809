package org.unoda.poa.meetings.contribution;

/**
 * Where a written contribution stands: submitted to the secretariat; published on the
 * meeting's page; declined, with the reason; or withdrawn by its organisation before a decision.
 */
public enum ContributionStatus {

	SUBMITTED, PUBLISHED, DECLINED, WITHDRAWN;

	public String messageKey() {
		return "contributionStatus." + name();
	}

}
