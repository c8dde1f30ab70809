package org.unoda.poa.meetings.accreditation;

/**
 * Where an application stands: submitted to the secretariat, circulated to the States until
 * its deadline, or decided: accredited, or not accredited because a State objected.
 */
public enum AccreditationStatus {

	SUBMITTED, CIRCULATED, ACCREDITED, OBJECTED;

	public String messageKey() {
		return "accreditationStatus." + name();
	}

}
