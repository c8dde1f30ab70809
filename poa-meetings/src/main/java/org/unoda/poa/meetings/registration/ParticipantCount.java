package org.unoda.poa.meetings.registration;

/**
 * How many participants of approved delegations to a meeting have a gender and a function.
 */
record ParticipantCount(Long meetingId, Gender gender, ParticipantFunction function, long count) {
}
