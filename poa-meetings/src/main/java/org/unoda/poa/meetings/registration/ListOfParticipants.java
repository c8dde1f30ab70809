package org.unoda.poa.meetings.registration;

import java.util.List;

import org.unoda.poa.core.meeting.Meeting;

/**
 * The list of participants of a meeting: the approved delegations of States, by State name,
 * then those of organisations, by name; each naming only the participants who agreed to be
 * listed.
 *
 * @param unlisted how many participants of approved delegations are not named
 */
public record ListOfParticipants(Meeting meeting, List<Delegation> delegations, long unlisted) {

	/**
	 * A delegation as listed.
	 *
	 * @param name the State's name in the reader's language, or the organisation's
	 * @param organisation whether it is an organisation's
	 */
	public record Delegation(String name, boolean organisation, List<Participant> participants) {
	}

}
