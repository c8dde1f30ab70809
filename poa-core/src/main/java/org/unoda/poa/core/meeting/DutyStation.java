package org.unoda.poa.core.meeting;

/**
 * Where a meeting takes place.
 */
public enum DutyStation {

	NEW_YORK, GENEVA, VIENNA, HYBRID;

	public String messageKey() {
		return "dutyStation." + name();
	}

}
