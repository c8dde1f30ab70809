package org.unoda.poa.meetings.registration;

import java.util.List;

import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.state.State;

/**
 * The list of participants of a meeting: the approved delegations, by State name, each naming
 * only the participants who agreed to be listed.
 *
 * @param unlisted how many participants of approved delegations are not named
 */
public record ListOfParticipants(Meeting meeting, List<Delegation> delegations, long unlisted) {

	/**
	 * A State's delegation as listed.
	 */
	public record Delegation(State state, List<Participant> participants) {
	}

}
