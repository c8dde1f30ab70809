/**
 * Planning the meeting cycle: cadence rules generate the meetings of the coming years, the
 * calendar of other disarmament and international-security processes is kept (and imported
 * from iCalendar files), every clash is flagged with the nearest dates that do not clash, and
 * nothing is scheduled until the secretariat accepts it.
 */
@NamedInterface("planning")
package org.unoda.poa.meetings.planning;

import org.springframework.modulith.NamedInterface;
