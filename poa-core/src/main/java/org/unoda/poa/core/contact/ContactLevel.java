package org.unoda.poa.core.contact;

/**
 * The two levels of Points of Contact, as in the Global Intergovernmental POC Directory.
 */
public enum ContactLevel {

	/** Policy level, usually at the Ministry of Foreign Affairs. */
	DIPLOMATIC,
	/** Operational level, e.g. the national CERT or CSIRT. */
	TECHNICAL;

	public String messageKey() {
		return "contactLevel." + name();
	}

}
