package org.unoda.poa.meetings.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.unoda.poa.core.meeting.DutyStation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clashes at the edges: overlapping by one day, touching, at the buffer's boundary, at
 * another duty station; and proposals that clash with nothing.
 */
class ClashDetectorTests {

	static final Window MEETING = new Window(LocalDate.parse("2028-06-05"), LocalDate.parse("2028-06-09"));

	@Test
	void sharingOneDayIsAClashAtTheSameStationAndElsewhere() {
		Busy geneva = busy("CD, second part", "2028-06-09", "2028-06-20", DutyStation.GENEVA);
		Busy newYork = busy("ATT working group", "2028-06-09", "2028-06-09", DutyStation.NEW_YORK);
		ClashDetector detector = new ClashDetector(0);
		assertThat(detector.clashes(MEETING, DutyStation.NEW_YORK, List.of(newYork))).singleElement()
			.satisfies((c) -> assertThat(c.kind()).isEqualTo(ClashKind.SAME_DATES_SAME_STATION));
		assertThat(detector.clashes(MEETING, DutyStation.NEW_YORK, List.of(geneva))).singleElement()
			.satisfies((c) -> assertThat(c.kind()).isEqualTo(ClashKind.SAME_DATES));
		Busy holiday = busy("UN holiday", "2028-06-05", "2028-06-05", null);
		assertThat(detector.clashes(MEETING, DutyStation.NEW_YORK, List.of(holiday))).singleElement()
			.satisfies((c) -> assertThat(c.kind()).isEqualTo(ClashKind.SAME_DATES));
	}

	@Test
	void touchingMeetingsClashOnlyWhenABufferIsAsked() {
		Busy before = busy("BWC", "2028-05-29", "2028-06-04", DutyStation.GENEVA);
		assertThat(new ClashDetector(0).clashes(MEETING, DutyStation.NEW_YORK, List.of(before))).isEmpty();
		assertThat(new ClashDetector(1).clashes(MEETING, DutyStation.NEW_YORK, List.of(before))).singleElement()
			.satisfies((c) -> {
				assertThat(c.kind()).isEqualTo(ClashKind.WITHIN_BUFFER);
				assertThat(c.gapDays()).isZero();
			});
	}

	@Test
	void theBufferCountsFreeDaysInBetween() {
		// three free days (10, 11 and 12 June) after the meeting
		Busy after = busy("CCW", "2028-06-13", "2028-06-16", DutyStation.GENEVA);
		assertThat(new ClashDetector(3).clashes(MEETING, DutyStation.NEW_YORK, List.of(after))).isEmpty();
		assertThat(new ClashDetector(4).clashes(MEETING, DutyStation.NEW_YORK, List.of(after))).singleElement()
			.satisfies((c) -> assertThat(c.gapDays()).isEqualTo(3));
	}

	@Test
	void theNearestFreeDatesClashWithNothingAndStayOnAMondayInThePreferredMonths() {
		List<Busy> calendar = List.of(busy("NPT PrepCom", "2028-06-01", "2028-06-16", DutyStation.NEW_YORK),
				busy("High-level week", "2028-06-19", "2028-06-23", null));
		ClashDetector detector = new ClashDetector(7);
		Window proposal = detector.nearestFree(MEETING, DutyStation.NEW_YORK, calendar, Set.of(6, 7)).orElseThrow();
		assertThat(detector.clashes(proposal, DutyStation.NEW_YORK, calendar)).isEmpty();
		assertThat(proposal.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(proposal.days()).isEqualTo(MEETING.days());
		assertThat(proposal.start().getMonthValue()).isIn(6, 7);
		// the first Monday with seven free days after 23 June is 3 July
		assertThat(proposal.start()).isEqualTo(LocalDate.parse("2028-07-03"));
	}

	@Test
	void aMeetingOfWorkingDaysSkipsTheWeekend() {
		Window tenDays = Window.ofWorkingDays(LocalDate.parse("2030-06-03"), 10);
		assertThat(tenDays.end()).isEqualTo(LocalDate.parse("2030-06-14"));
		assertThat(Window.firstMonday(2030, 6)).isEqualTo(LocalDate.parse("2030-06-03"));
	}

	static Busy busy(String title, String start, String end, DutyStation station) {
		return new Busy(title, new Window(LocalDate.parse(start), LocalDate.parse(end)), station,
				CalendarProcess.OTHER);
	}

}
