/**
 * Turning reports into data: answers counted across States and cycles by pillar, question and
 * regional group; the capacity-building needs States declared; the answers as an export; and
 * full-text search. Everything counts only the reports the viewer may read.
 */
@NamedInterface("synthesis")
package org.unoda.poa.reporting.synthesis;

import org.springframework.modulith.NamedInterface;
