package org.unoda.poa.core.meeting;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.unoda.poa.core.FieldRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A meeting through its life: registration opens only once announced and closes at the end of
 * the deadline day; a concluded or cancelled meeting no longer changes.
 */
class MeetingTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

	@Test
	void registrationOpensOnceAnnouncedAndRunsToTheEndOfTheDeadlineDay() {
		Meeting meeting = meeting();
		assertThatThrownBy(() -> meeting.openRegistration(TODAY.plusDays(10), TODAY))
			.isInstanceOf(FieldRejectedException.class)
			.hasMessageContaining("meeting.registration.notAnnounced");
		meeting.announce();
		assertThatThrownBy(() -> meeting.openRegistration(TODAY.minusDays(1), TODAY))
			.hasMessageContaining("meeting.registration.deadlineInvalid");
		assertThatThrownBy(() -> meeting.openRegistration(meeting.getEndDate().plusDays(1), TODAY))
			.hasMessageContaining("meeting.registration.deadlineInvalid");

		meeting.openRegistration(TODAY.plusDays(10), TODAY);
		assertThat(meeting.isOpenForRegistration(TODAY.plusDays(10))).isTrue();
		assertThat(meeting.isOpenForRegistration(TODAY.plusDays(11))).isFalse();
		meeting.closeRegistration();
		assertThat(meeting.isOpenForRegistration(TODAY)).isFalse();
	}

	@Test
	void theSuggestedDeadlineIsTwoWeeksBeforeTheFirstDayButNeverInThePast() {
		Meeting meeting = meeting();
		assertThat(meeting.suggestedRegistrationDeadline(TODAY)).isEqualTo(TODAY.plusDays(26));
		assertThat(meeting.suggestedRegistrationDeadline(TODAY.plusDays(30))).isEqualTo(TODAY.plusDays(30));
		meeting.announce();
		meeting.openRegistration(meeting.suggestedRegistrationDeadline(TODAY.plusDays(30)), TODAY.plusDays(30));
		assertThat(meeting.isOpenForRegistration(TODAY.plusDays(30))).isTrue();
	}

	@Test
	void aConcludedMeetingKeepsItsOutcomeAndNoLongerChanges() {
		Meeting meeting = meeting();
		assertThatThrownBy(() -> meeting.conclude(MeetingOutcome.ADOPTED_BY_CONSENSUS, "")).hasMessageContaining(
				"meeting.cannotConclude");
		meeting.announce();
		meeting.openRegistration(TODAY.plusDays(5), TODAY);
		meeting.openSession();
		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.IN_SESSION);
		meeting.conclude(MeetingOutcome.ADOPTED_BY_CONSENSUS, "The final report was adopted.");

		assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CONCLUDED);
		assertThat(meeting.getRegistrationDeadline()).isNull();
		assertThat(meeting.isOver()).isTrue();
		assertThatThrownBy(meeting::cancel).hasMessageContaining("meeting.over");
		assertThatThrownBy(() -> meeting.change("New", TODAY, TODAY, DutyStation.VIENNA, MeetingFormat.VIRTUAL, null))
			.hasMessageContaining("meeting.over");
		// the outcome of a concluded meeting can be corrected
		meeting.conclude(MeetingOutcome.CHAIRS_SUMMARY, "Corrected.");
		assertThat(meeting.getOutcome()).isEqualTo(MeetingOutcome.CHAIRS_SUMMARY);
	}

	@Test
	void theDatesCannotEndBeforeTheRegistrationDeadline() {
		Meeting meeting = meeting();
		meeting.announce();
		meeting.openRegistration(TODAY.plusDays(40), TODAY);
		assertThatThrownBy(() -> meeting.change("Moved", TODAY.plusDays(20), TODAY.plusDays(22), DutyStation.GENEVA,
				MeetingFormat.HYBRID, "Room XX")).hasMessageContaining("meeting.endBeforeDeadline");
		meeting.change("Moved", TODAY.plusDays(50), TODAY.plusDays(52), DutyStation.GENEVA, MeetingFormat.HYBRID,
				"Room XX");
		assertThat(meeting.getFormat()).isEqualTo(MeetingFormat.HYBRID);
		assertThat(meeting.getVenue()).isEqualTo("Room XX");
	}

	private static Meeting meeting() {
		return new Meeting(MeetingType.WORKING_GROUP_SESSION, "Session", TODAY.plusDays(40), TODAY.plusDays(42),
				DutyStation.GENEVA);
	}

}
