package org.unoda.poa.core.organisation;

/**
 * The kind of stakeholder an organisation is.
 */
public enum OrganisationType {

	NGO, ACADEMIA, PRIVATE_SECTOR, TECHNICAL_COMMUNITY, INTERNATIONAL_ORGANISATION;

	public String messageKey() {
		return "organisationType." + name();
	}

}
