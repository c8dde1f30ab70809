package org.unoda.poa.meetings.registration;

/**
 * What a delegation gives for one participant.
 *
 * @param listed whether the participant agreed to be named in the published list of
 * participants
 */
public record ParticipantDetails(ParticipantFunction function, String givenNames, String familyName,
		String jobTitle, String email, Gender gender, boolean listed) {
}
