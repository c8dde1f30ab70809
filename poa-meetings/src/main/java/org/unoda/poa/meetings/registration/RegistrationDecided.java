package org.unoda.poa.meetings.registration;

/**
 * The secretariat approved a delegation's registration or returned it: published in the
 * transaction of the decision, so that the State's delegates are told once it commits.
 *
 * @param reason why it was returned; {@code null} when approved
 */
public record RegistrationDecided(Long meetingId, Long stateId, RegistrationStatus status, String reason) {
}
