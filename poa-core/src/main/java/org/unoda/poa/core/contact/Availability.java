package org.unoda.poa.core.contact;

/**
 * When a Point of Contact can be reached.
 */
public enum Availability {

	/** During the office hours stated with the contact. */
	OFFICE_HOURS,
	/** Around the clock, every day. */
	ALWAYS;

	public String messageKey() {
		return "availability." + name();
	}

}
