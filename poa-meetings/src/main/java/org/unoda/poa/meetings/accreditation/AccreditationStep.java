package org.unoda.poa.meetings.accreditation;

/**
 * A step in the record of an application.
 */
public enum AccreditationStep {

	APPLIED, CIRCULATED, OBJECTED, ACCREDITED, ACCREDITED_ECOSOC, NOT_ACCREDITED;

	public String messageKey() {
		return "accreditationStep." + name();
	}

}
