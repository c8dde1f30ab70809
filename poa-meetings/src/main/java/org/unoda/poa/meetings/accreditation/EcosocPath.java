package org.unoda.poa.meetings.accreditation;

/**
 * The lighter path for organisations in consultative status with ECOSOC: accredited once the
 * secretariat confirms the application, or circulated for a shorter period.
 */
public enum EcosocPath {

	SECRETARIAT_CONFIRMS, SHORT_CIRCULATION;

	public String messageKey() {
		return "ecosocPath." + name();
	}

}
