package org.unoda.poa.meetings.registration;

/**
 * Where a delegation's registration stands: being prepared by the delegation, submitted to
 * the secretariat, returned to the delegation for changes, or approved.
 */
public enum RegistrationStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	public String messageKey() {
		return "registrationStatus." + name();
	}

	/**
	 * Whether the delegation may change the registration.
	 */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
