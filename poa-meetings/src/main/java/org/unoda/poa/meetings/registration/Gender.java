package org.unoda.poa.meetings.registration;

/**
 * A participant's gender as the delegation gives it, counted for the gender digital-divide
 * goal and never shown on the list of participants.
 */
public enum Gender {

	WOMAN, MAN, OTHER, NOT_STATED;

	public String messageKey() {
		return "gender." + name();
	}

}
