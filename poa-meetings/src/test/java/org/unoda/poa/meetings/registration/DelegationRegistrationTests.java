package org.unoda.poa.meetings.registration;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.organisation.Organisation;
import org.unoda.poa.core.organisation.OrganisationType;
import org.unoda.poa.core.state.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration of a delegation through its states: prepared, submitted with a head and the
 * note verbale, returned with a reason, approved.
 */
class DelegationRegistrationTests {

	private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");

	@Test
	void aDelegationIsSubmittedOnlyWithAHeadAndTheNoteVerbale() {
		DelegationRegistration registration = new DelegationRegistration(1L, (State) null);
		registration.addParticipant(participant(ParticipantFunction.DELEGATE, Gender.MAN));
		assertThatThrownBy(() -> registration.submit("mex.delegate", NOW)).isInstanceOf(FieldRejectedException.class)
			.hasMessageContaining("registration.headMissing");
		registration.addParticipant(participant(ParticipantFunction.HEAD, Gender.WOMAN));
		assertThatThrownBy(() -> registration.addParticipant(participant(ParticipantFunction.HEAD, Gender.MAN)))
			.hasMessageContaining("registration.oneHead");
		assertThatThrownBy(() -> registration.submit("mex.delegate", NOW))
			.hasMessageContaining("registration.noteVerbaleMissing");
		registration.attachNoteVerbale(42L);
		registration.submit("mex.delegate", NOW);

		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(registration.getSubmittedBy()).isEqualTo("mex.delegate");
		// the head comes first whatever the order of entry
		assertThat(registration.getParticipants()).extracting(Participant::getFunction)
			.containsExactly(ParticipantFunction.HEAD, ParticipantFunction.DELEGATE);
	}

	@Test
	void anOrganisationSubmitsItsRepresentativesWithoutANoteVerbaleButWithAHead() {
		DelegationRegistration registration = new DelegationRegistration(1L,
				new Organisation("Cyber Peace Lab", null, OrganisationType.ACADEMIA, null, "https://example.org", false));
		registration.addParticipant(participant(ParticipantFunction.DELEGATE, Gender.WOMAN));
		assertThatThrownBy(() -> registration.submit("lab.focal", NOW)).hasMessageContaining("registration.headMissing");
		registration.addParticipant(participant(ParticipantFunction.HEAD, Gender.MAN));
		registration.submit("lab.focal", NOW);

		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
		assertThat(registration.isOrganisation()).isTrue();
		assertThat(registration.delegationName(java.util.Locale.FRENCH)).isEqualTo("Cyber Peace Lab");
	}

	@Test
	void aSubmittedRegistrationIsFrozenUntilReturnedOrWithdrawn() {
		DelegationRegistration registration = submitted();
		assertThatThrownBy(() -> registration.addParticipant(participant(ParticipantFunction.ADVISER, Gender.MAN)))
			.hasMessageContaining("registration.notEditable");
		assertThatThrownBy(() -> registration.attachNoteVerbale(43L)).hasMessageContaining("registration.notEditable");

		registration.returnForChanges("Add the adviser named in the note verbale.", "secretariat", NOW);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.RETURNED);
		assertThat(registration.getReturnReason()).isEqualTo("Add the adviser named in the note verbale.");
		registration.addParticipant(participant(ParticipantFunction.ADVISER, Gender.OTHER));
		registration.submit("mex.delegate", NOW);
		assertThat(registration.getReturnReason()).isNull();

		registration.withdraw();
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.DRAFT);
		assertThatThrownBy(registration::withdraw).hasMessageContaining("registration.notSubmitted");
	}

	@Test
	void onlyASubmittedRegistrationIsApprovedAndAnApprovedOneCanBeReturned() {
		DelegationRegistration draft = new DelegationRegistration(1L, (State) null);
		assertThatThrownBy(() -> draft.approve("secretariat", NOW)).hasMessageContaining("registration.notSubmitted");
		assertThatThrownBy(() -> draft.returnForChanges("why", "secretariat", NOW))
			.hasMessageContaining("registration.notSubmitted");

		DelegationRegistration registration = submitted();
		registration.approve("secretariat", NOW);
		assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.APPROVED);
		assertThat(registration.getDecidedBy()).isEqualTo("secretariat");
		assertThatThrownBy(() -> registration.approve("secretariat", NOW)).hasMessageContaining("registration.notSubmitted");
		registration.returnForChanges("The head of delegation changed.", "secretariat", NOW);
		assertThat(registration.getStatus().isEditable()).isTrue();
	}

	@Test
	void participationIsCountedByGenderWithTheWomenHeadsOfDelegation() {
		GenderBreakdown breakdown = GenderBreakdown.of(List.of(
				new ParticipantCount(1L, Gender.WOMAN, ParticipantFunction.HEAD, 3),
				new ParticipantCount(1L, Gender.MAN, ParticipantFunction.HEAD, 5),
				new ParticipantCount(1L, Gender.WOMAN, ParticipantFunction.DELEGATE, 4),
				new ParticipantCount(1L, Gender.NOT_STATED, ParticipantFunction.ADVISER, 1),
				new ParticipantCount(1L, Gender.OTHER, ParticipantFunction.ADVISER, 1)));
		assertThat(breakdown.total()).isEqualTo(14);
		assertThat(breakdown.women()).isEqualTo(7);
		assertThat(breakdown.womenPercent()).isEqualTo(50);
		assertThat(breakdown.heads()).isEqualTo(8);
		assertThat(breakdown.womenHeads()).isEqualTo(3);
		assertThat(breakdown.womenHeadsPercent()).isEqualTo(38);
		assertThat(GenderBreakdown.of(List.of()).womenPercent()).isZero();
	}

	private static DelegationRegistration submitted() {
		DelegationRegistration registration = new DelegationRegistration(1L, (State) null);
		registration.addParticipant(participant(ParticipantFunction.HEAD, Gender.WOMAN));
		registration.attachNoteVerbale(42L);
		registration.submit("mex.delegate", NOW);
		return registration;
	}

	private static ParticipantDetails participant(ParticipantFunction function, Gender gender) {
		return new ParticipantDetails(function, "Given", "Family", null, null, gender, true);
	}

}
