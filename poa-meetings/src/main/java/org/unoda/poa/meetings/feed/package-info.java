/**
 * Meetings as iCalendar, for calendar applications: the feed of public meetings and one file
 * per meeting.
 */
@NamedInterface("feed")
package org.unoda.poa.meetings.feed;

import org.springframework.modulith.NamedInterface;
