/**
 * Capacity-building: the needs States declare, by hand or from their submitted reports; the
 * offers of assistance States, organisations and the secretariat declare along the same lines;
 * the matches the platform suggests and the secretariat confirms and follows to an outcome; and
 * the figures everyone may see.
 */
@NamedInterface("capacity")
package org.unoda.poa.reporting.capacity;

import org.springframework.modulith.NamedInterface;
