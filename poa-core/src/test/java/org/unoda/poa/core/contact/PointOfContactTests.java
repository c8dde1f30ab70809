package org.unoda.poa.core.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of a Point of Contact: what each step allows and what it records.
 */
class PointOfContactTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final ContactDetails details = new ContactDetails(ContactLevel.TECHNICAL, "Roberto Castillo", "Head",
			"CSIRT-SV", List.of("csirt@example.sv"), List.of("+503 2231 1111"), List.of("es", "en"),
			"America/El_Salvador", Availability.ALWAYS, null, null);

	@Test
	void aNominationIsVerifiedOnceAndRecorded() {
		PointOfContact contact = PointOfContact.nominate(null, this.details, "slv.approver", NOW);
		contact.verify("secretariat", NOW.plusSeconds(60));

		assertThat(contact.getStatus()).isEqualTo(ContactStatus.VERIFIED);
		assertThat(contact.getEvents()).extracting(ContactEvent::getAction)
			.containsExactly(ContactAction.NOMINATED, ContactAction.VERIFIED);
		assertThatThrownBy(() -> contact.verify("secretariat", NOW)).isInstanceOf(ContactChangeRefusedException.class);
	}

	@Test
	void aNewAddressNeedsVerifyingAgainButANewTitleDoesNot() {
		PointOfContact contact = PointOfContact.nominate(null, this.details, "a", NOW);
		contact.verify("b", NOW);

		contact.update(withTitle("Director"), "a", NOW);
		assertThat(contact.getStatus()).isEqualTo(ContactStatus.VERIFIED);
		assertThat(contact.getEvents()).last().extracting(ContactEvent::getChanges).isEqualTo(List.of("title: Head → Director"));

		contact.update(withEmails("new@example.sv"), "a", NOW);
		assertThat(contact.getStatus()).isEqualTo(ContactStatus.NOMINATED);
	}

	@Test
	void anUpdateThatChangesNothingRecordsNothing() {
		PointOfContact contact = PointOfContact.nominate(null, this.details, "a", NOW);
		contact.update(this.details, "a", NOW);
		assertThat(contact.getEvents()).hasSize(1);
	}

	@Test
	void aWithdrawnContactCannotBeChangedOrConfirmed() {
		PointOfContact contact = PointOfContact.nominate(null, this.details, "a", NOW);
		contact.withdraw("a", NOW);

		assertThat(contact.isActive()).isFalse();
		assertThatThrownBy(() -> contact.update(withTitle("X"), "a", NOW)).isInstanceOf(ContactChangeRefusedException.class);
		assertThatThrownBy(() -> contact.confirm("a", NOW)).isInstanceOf(ContactChangeRefusedException.class);
		assertThat(contact.isStaleAt(NOW.plus(Duration.ofDays(999)), Duration.ofDays(365))).isFalse();
	}

	@Test
	void becomesStaleAfterThePeriodAndFreshWhenConfirmed() {
		PointOfContact contact = PointOfContact.nominate(null, this.details, "a", NOW);
		Duration year = Duration.ofDays(365);

		assertThat(contact.isStaleAt(NOW.plus(Duration.ofDays(365)), year)).isFalse();
		assertThat(contact.isStaleAt(NOW.plus(Duration.ofDays(366)), year)).isTrue();
		contact.confirm("a", NOW.plus(Duration.ofDays(366)));
		assertThat(contact.isStaleAt(NOW.plus(Duration.ofDays(366)), year)).isFalse();
	}

	private ContactDetails withTitle(String title) {
		return new ContactDetails(this.details.level(), this.details.fullName(), title, this.details.agency(),
				this.details.emails(), this.details.phones(), this.details.workingLanguages(), this.details.timeZone(),
				this.details.availability(), null, null);
	}

	private ContactDetails withEmails(String... emails) {
		return new ContactDetails(this.details.level(), this.details.fullName(), this.details.title(),
				this.details.agency(), List.of(emails), this.details.phones(), this.details.workingLanguages(),
				this.details.timeZone(), this.details.availability(), null, null);
	}

}
