package org.unoda.poa.core.contact;

/**
 * What happened to a Point of Contact.
 */
public enum ContactAction {

	NOMINATED, UPDATED, VERIFIED, WITHDRAWN, CONFIRMED, IMPORTED;

	public String messageKey() {
		return "contactAction." + name();
	}

}
