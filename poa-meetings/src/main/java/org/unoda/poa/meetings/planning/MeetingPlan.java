package org.unoda.poa.meetings.planning;

import java.util.List;

/**
 * The meeting cycle for the coming years, as generated from the rules.
 *
 * @param settings the settings it was generated with
 * @param rules the rules, highest rank first
 * @param firstYear the first year shown
 * @param lastYear the last year shown
 * @param items the meetings, by year then rank
 * @param calendar the other processes' events and the Programme's other meetings in those years
 */
public record MeetingPlan(PlanningSettings settings, List<CadenceRule> rules, int firstYear, int lastYear,
		List<PlanItem> items, List<Busy> calendar) {

	public long clashCount() {
		return this.items.stream().filter((i) -> i.state() != PlanItem.State.REPLACED && i.hasClashes()).count();
	}

}
