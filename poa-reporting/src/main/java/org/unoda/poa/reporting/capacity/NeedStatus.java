package org.unoda.poa.reporting.capacity;

/**
 * Where a need stands: open; matched with an offer, the parties in contact; met, the help
 * delivered; or withdrawn by its State.
 */
public enum NeedStatus {

	OPEN, MATCHED, MET, WITHDRAWN;

	public String messageKey() {
		return "needStatus." + name();
	}

}
