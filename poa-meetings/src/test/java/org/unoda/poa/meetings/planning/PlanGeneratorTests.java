package org.unoda.poa.meetings.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.unoda.poa.core.meeting.DutyStation;
import org.unoda.poa.core.meeting.MeetingType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycle generated from the default rules, established in 2026: meetings of States every two
 * years from 2028, review conferences every four from 2030, the international conference once in
 * 2030, working-group sessions every year; and what happens in 2030, when three fall together.
 */
class PlanGeneratorTests {

	static final List<CadenceRule> DEFAULTS = List.of(
			new CadenceRule(MeetingType.INTERNATIONAL_CONFERENCE, 4, null, List.of(6, 7), 5, DutyStation.NEW_YORK, 40),
			new CadenceRule(MeetingType.REVIEW_CONFERENCE, 4, 4, List.of(6, 7), 10, DutyStation.NEW_YORK, 30),
			new CadenceRule(MeetingType.MEETING_OF_STATES, 2, 2, List.of(6, 7), 5, DutyStation.NEW_YORK, 20),
			new CadenceRule(MeetingType.WORKING_GROUP_SESSION, 1, 1, List.of(2, 3), 3, DutyStation.GENEVA, 10));

	@Test
	void theRulesGenerateTheCycleAndTheHigherRankReplacesInACoincidingYear() {
		List<PlanItem> items = new PlanGenerator(2026, 10, CoincidingYears.HIGHER_RANK_REPLACES, 7)
			.generate(DEFAULTS, List.of(), Map.of());

		assertThat(years(items, MeetingType.MEETING_OF_STATES, PlanItem.State.PROPOSED)).containsExactly(2028, 2032,
				2036);
		assertThat(years(items, MeetingType.MEETING_OF_STATES, PlanItem.State.REPLACED)).containsExactly(2030, 2034);
		assertThat(years(items, MeetingType.REVIEW_CONFERENCE, PlanItem.State.PROPOSED)).containsExactly(2034);
		assertThat(years(items, MeetingType.REVIEW_CONFERENCE, PlanItem.State.REPLACED)).containsExactly(2030);
		assertThat(years(items, MeetingType.INTERNATIONAL_CONFERENCE, PlanItem.State.PROPOSED)).containsExactly(2030);
		assertThat(years(items, MeetingType.WORKING_GROUP_SESSION, PlanItem.State.PROPOSED)).hasSize(10);
		PlanItem replaced = item(items, "MEETING_OF_STATES-2034");
		assertThat(replaced.replacedBy()).isEqualTo(MeetingType.REVIEW_CONFERENCE);
		assertThat(item(items, "REVIEW_CONFERENCE-2034").window().start()).isEqualTo(LocalDate.parse("2034-06-05"));
	}

	@Test
	void holdingBothKeepsCoincidingMeetingsApart() {
		List<PlanItem> items = new PlanGenerator(2026, 10, CoincidingYears.HOLD_BOTH, 7)
			.generate(DEFAULTS, List.of(), Map.of());
		assertThat(items).noneMatch((i) -> i.state() == PlanItem.State.REPLACED);
		List<PlanItem> in2030 = items.stream()
			.filter((i) -> i.year() == 2030 && i.type() != MeetingType.WORKING_GROUP_SESSION)
			.toList();
		assertThat(in2030).hasSize(3);
		ClashDetector detector = new ClashDetector(7);
		for (PlanItem one : in2030) {
			for (PlanItem other : in2030) {
				if (one != other) {
					assertThat(detector.clashes(one.suggested(), one.dutyStation(),
							List.of(new Busy("other", other.suggested(), other.dutyStation(), null))))
						.as("%s and %s", one.key(), other.key())
						.isEmpty();
				}
			}
		}
	}

	@Test
	void aClashingMeetingIsProposedTheNearestFreeDatesAndAcceptedOnesKeepTheirs() {
		Busy npt = ClashDetectorTests.busy("NPT Review Conference", "2028-06-01", "2028-06-16", DutyStation.NEW_YORK);
		AcceptedMeeting accepted = new AcceptedMeeting("WORKING_GROUP_SESSION-2028", 7L, "WG 2028",
				new Window(LocalDate.parse("2028-03-13"), LocalDate.parse("2028-03-15")), DutyStation.GENEVA);
		List<PlanItem> items = new PlanGenerator(2026, 3, CoincidingYears.HIGHER_RANK_REPLACES, 7)
			.generate(DEFAULTS, List.of(npt), Map.of(accepted.planKey(), accepted));

		PlanItem meetingOfStates = item(items, "MEETING_OF_STATES-2028");
		assertThat(meetingOfStates.clashes()).extracting(Clash::kind).contains(ClashKind.SAME_DATES_SAME_STATION);
		assertThat(meetingOfStates.proposal()).isNotNull();
		assertThat(new ClashDetector(7).clashes(meetingOfStates.proposal(), DutyStation.NEW_YORK, List.of(npt)))
			.isEmpty();

		PlanItem workingGroup = item(items, "WORKING_GROUP_SESSION-2028");
		assertThat(workingGroup.state()).isEqualTo(PlanItem.State.ACCEPTED);
		assertThat(workingGroup.window()).isEqualTo(accepted.window());
		assertThat(workingGroup.clashes()).as("not a clash with itself").isEmpty();
	}

	private static List<Integer> years(List<PlanItem> items, MeetingType type, PlanItem.State state) {
		return items.stream().filter((i) -> i.type() == type && i.state() == state).map(PlanItem::year).toList();
	}

	private static PlanItem item(List<PlanItem> items, String key) {
		return items.stream().filter((i) -> i.key().equals(key)).findFirst().orElseThrow();
	}

}
