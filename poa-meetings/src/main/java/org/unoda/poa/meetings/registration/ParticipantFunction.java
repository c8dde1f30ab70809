package org.unoda.poa.meetings.registration;

/**
 * A participant's function in the delegation, in the order of the list of participants.
 */
public enum ParticipantFunction {

	HEAD, ALTERNATE, DELEGATE, ADVISER;

	public String messageKey() {
		return "participantFunction." + name();
	}

}
