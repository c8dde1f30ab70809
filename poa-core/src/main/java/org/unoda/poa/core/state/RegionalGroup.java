package org.unoda.poa.core.state;

/**
 * The five regional groups of Member States at the United Nations.
 */
public enum RegionalGroup {

	AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_CARIBBEAN, WESTERN_EUROPEAN_OTHERS;

	/**
	 * The message key of the group's name.
	 */
	public String messageKey() {
		return "regionalGroup." + name();
	}

}
