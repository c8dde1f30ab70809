package org.unoda.poa.meetings.registration;

/**
 * The secretariat approved a delegation's registration or returned it: published in the
 * transaction of the decision, so that the State's delegates, or the organisation's
 * representatives, are told once it commits.
 *
 * @param stateId the State whose delegation it is, {@code null} for an organisation's
 * @param organisationId the organisation whose representatives these are, {@code null} for a State's
 * @param reason why it was returned; {@code null} when approved
 */
public record RegistrationDecided(Long meetingId, Long stateId, Long organisationId, RegistrationStatus status,
		String reason) {

	static RegistrationDecided of(DelegationRegistration registration, String reason) {
		return new RegistrationDecided(registration.getMeetingId(),
				(registration.getState() != null) ? registration.getState().getId() : null,
				(registration.getOrganisation() != null) ? registration.getOrganisation().getId() : null,
				registration.getStatus(), reason);
	}

}
