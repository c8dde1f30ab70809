package org.unoda.poa.meetings.planning;

import java.util.List;

import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.MeetingType;

/**
 * One meeting of the generated plan.
 *
 * @param key identifies the item across regenerations: the type and the year
 * @param type the kind of meeting
 * @param year the year the rule puts it in
 * @param state proposed, accepted or replaced
 * @param window the rule's dates (proposed), or the accepted meeting's dates
 * @param dutyStation where
 * @param clashes what those dates clash with
 * @param proposal for a proposed item that clashes, the nearest dates that do not; else
 * {@code null}
 * @param replacedBy for a replaced item, the meeting held instead that year
 * @param meetingId for an accepted item, the meeting it became
 */
public record PlanItem(String key, MeetingType type, int year, State state, Window window, DutyStation dutyStation,
		List<Clash> clashes, Window proposal, MeetingType replacedBy, Long meetingId) {

	static String keyOf(MeetingType type, int year) {
		return type.name() + "-" + year;
	}

	/**
	 * The dates the plan suggests: the clash-free proposal if there is one, else the rule's.
	 */
	public Window suggested() {
		return (this.proposal != null) ? this.proposal : this.window;
	}

	public boolean hasClashes() {
		return !this.clashes.isEmpty();
	}

	/**
	 * Where an item of the plan stands.
	 */
	public enum State {

		/** Generated, waiting for the secretariat. */
		PROPOSED,
		/** Accepted by the secretariat: a meeting exists. */
		ACCEPTED,
		/** Not held: a higher-ranked meeting falls in the same year. */
		REPLACED;

		public String messageKey() {
			return "planState." + name();
		}

	}

}
