package org.unoda.poa.reporting.capacity;

/**
 * An offer stays open for as many needs as it can meet, until its provider withdraws it.
 */
public enum OfferStatus {

	OPEN, WITHDRAWN;

	public String messageKey() {
		return "offerStatus." + name();
	}

}
