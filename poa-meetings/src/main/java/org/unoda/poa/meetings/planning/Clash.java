package org.unoda.poa.meetings.planning;

/**
 * A clash of a meeting's dates with something on the calendar.
 *
 * @param kind how they clash
 * @param with what they clash with
 * @param gapDays for a clash within the buffer, the free days in between; else 0
 */
public record Clash(ClashKind kind, Busy with, long gapDays) {

}
