package org.unoda.poa.meetings.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.unoda.poa.core.meeting.MeetingType;

/**
 * Generates the plan: for each year of the horizon, the meetings the rules put in it; in a year
 * two of them share, the settings decide (working-group sessions are always held); each
 * meeting is placed on the first Monday of its first preferred month, checked against the
 * calendar and the meetings placed before it, and given the nearest clash-free dates when it
 * clashes. Accepted meetings keep their dates.
 */
final class PlanGenerator {

	private final int establishmentYear;

	private final int horizonYears;

	private final CoincidingYears coincidingYears;

	private final ClashDetector detector;

	PlanGenerator(int establishmentYear, int horizonYears, CoincidingYears coincidingYears, int bufferDays) {
		this.establishmentYear = establishmentYear;
		this.horizonYears = horizonYears;
		this.coincidingYears = coincidingYears;
		this.detector = new ClashDetector(bufferDays);
	}

	List<PlanItem> generate(List<CadenceRule> rules, List<Busy> calendar, Map<String, AcceptedMeeting> accepted) {
		List<CadenceRule> byRank = rules.stream()
			.filter(CadenceRule::isActive)
			.sorted(Comparator.comparingInt(CadenceRule::getRank).reversed())
			.toList();
		List<Busy> busy = new ArrayList<>(calendar);
		// accepted meetings hold their dates whatever year they are placed in
		accepted.values()
			.forEach((a) -> busy.add(new Busy(a.title(), a.window(), a.dutyStation(), null)));
		List<PlanItem> items = new ArrayList<>();
		for (int offset = 1; offset <= this.horizonYears; offset++) {
			int year = this.establishmentYear + offset;
			MeetingType heldInstead = null;
			for (CadenceRule rule : byRank) {
				if (!rule.fallsIn(offset)) {
					continue;
				}
				String key = PlanItem.keyOf(rule.getMeetingType(), year);
				boolean alwaysHeld = rule.getMeetingType() == MeetingType.WORKING_GROUP_SESSION;
				if (!alwaysHeld && heldInstead != null && this.coincidingYears == CoincidingYears.HIGHER_RANK_REPLACES
						&& !accepted.containsKey(key)) {
					Window window = wanted(rule, year);
					items.add(new PlanItem(key, rule.getMeetingType(), year, PlanItem.State.REPLACED, window,
							rule.getDutyStation(), List.of(), null, heldInstead, null));
					continue;
				}
				if (!alwaysHeld && heldInstead == null) {
					heldInstead = rule.getMeetingType();
				}
				items.add(place(rule, year, key, busy, accepted));
			}
		}
		return items;
	}

	private PlanItem place(CadenceRule rule, int year, String key, List<Busy> busy,
			Map<String, AcceptedMeeting> accepted) {
		AcceptedMeeting meeting = accepted.get(key);
		if (meeting != null) {
			List<Busy> others = busy.stream().filter((b) -> !isSelf(b, meeting)).toList();
			return new PlanItem(key, rule.getMeetingType(), year, PlanItem.State.ACCEPTED, meeting.window(),
					meeting.dutyStation(), this.detector.clashes(meeting.window(), meeting.dutyStation(), others), null,
					null, meeting.meetingId());
		}
		Window wanted = wanted(rule, year);
		List<Clash> clashes = this.detector.clashes(wanted, rule.getDutyStation(), busy);
		Window proposal = clashes.isEmpty() ? null
				: this.detector
					.nearestFree(wanted, rule.getDutyStation(), busy, new HashSet<>(rule.getPreferredMonths()))
					.orElse(null);
		Window placed = (proposal != null) ? proposal : wanted;
		busy.add(new Busy(rule.getMeetingType().name() + " " + year, placed, rule.getDutyStation(), null));
		return new PlanItem(key, rule.getMeetingType(), year, PlanItem.State.PROPOSED, wanted, rule.getDutyStation(),
				clashes, proposal, null, null);
	}

	private static boolean isSelf(Busy busy, AcceptedMeeting meeting) {
		return busy.isOwnMeeting() && busy.window().equals(meeting.window()) && busy.title().equals(meeting.title());
	}

	static Window wanted(CadenceRule rule, int year) {
		return Window.ofWorkingDays(Window.firstMonday(year, rule.getPreferredMonths().get(0)), rule.getLengthDays());
	}

}
