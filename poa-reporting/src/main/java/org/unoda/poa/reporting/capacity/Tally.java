package org.unoda.poa.reporting.capacity;

/**
 * How many needs and open offers fall under one heading of the figures.
 *
 * @param <K> what the heading is: a pillar, a regional group, a gender focus
 * @param key the heading; {@code null} for needs of States in no group, or offers for every region
 * @param needs the needs, withdrawn ones aside
 * @param offers the open offers
 */
public record Tally<K>(K key, long needs, long offers) {

}
