package org.unoda.poa.reporting.capacity;

/**
 * Who offers assistance.
 */
public enum Provider {

	STATE, ORGANISATION, SECRETARIAT;

	public String messageKey() {
		return "provider." + name();
	}

}
