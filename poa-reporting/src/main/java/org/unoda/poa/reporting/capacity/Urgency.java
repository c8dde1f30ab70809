package org.unoda.poa.reporting.capacity;

/**
 * How soon a State needs the help.
 */
public enum Urgency {

	LOW, MEDIUM, HIGH;

	public String messageKey() {
		return "urgency." + name();
	}

}
