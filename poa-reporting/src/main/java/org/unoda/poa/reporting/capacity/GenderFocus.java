package org.unoda.poa.reporting.capacity;

/**
 * The gender dimension of a need or an offer, for the figures: one may concern both.
 */
public enum GenderFocus {

	WOMENS_PARTICIPATION, GENDER_DIGITAL_DIVIDE, NEITHER;

	public String messageKey() {
		return "genderFocus." + name();
	}

}
