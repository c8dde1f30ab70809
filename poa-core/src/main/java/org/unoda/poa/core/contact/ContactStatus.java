package org.unoda.poa.core.contact;

/**
 * Where a Point of Contact stands: nominated by its State, verified by the secretariat, or no
 * longer active.
 */
public enum ContactStatus {

	NOMINATED, VERIFIED, INACTIVE;

	public String messageKey() {
		return "contactStatus." + name();
	}

}
