package org.unoda.poa.meetings.accreditation;

import java.time.Instant;

/**
 * The secretariat circulated an application to the States: published in the transaction of
 * the circulation, so that the States' approvers are told once it commits.
 */
public record ApplicationCirculated(Long applicationId, String organisation, Instant deadline) {
}
