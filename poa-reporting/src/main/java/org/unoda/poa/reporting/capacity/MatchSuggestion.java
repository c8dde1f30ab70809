package org.unoda.poa.reporting.capacity;

/**
 * An open offer the platform suggests for an open need.
 *
 * @param need the need
 * @param offer the offer
 * @param regionExact whether the offer is for the need's region in particular, not for every region
 */
public record MatchSuggestion(CapacityNeed need, CapacityOffer offer, boolean regionExact) {

}
