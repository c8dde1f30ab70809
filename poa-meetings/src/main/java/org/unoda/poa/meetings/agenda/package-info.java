/**
 * Running a meeting: its details, registration period, status and outcome, its agenda tagged
 * with the pillars, and the working groups whose intersessional sessions are meetings.
 */
@NamedInterface("agenda")
package org.unoda.poa.meetings.agenda;

import org.springframework.modulith.NamedInterface;
