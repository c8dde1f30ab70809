/**
 * The secretariat's view of a cycle: which States have submitted, are working on their report
 * or have not started, how complete and how timely, per State and per regional group.
 */
@NamedInterface("overview")
package org.unoda.poa.reporting.overview;

import org.springframework.modulith.NamedInterface;
