package org.unoda.poa.meetings.accreditation;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application through its states: circulated until a deadline, open for objection until
 * that instant and not after, and closed only once it has passed.
 */
class AccreditationApplicationTests {

	private static final Instant DEADLINE = Instant.parse("2027-01-31T12:00:00Z");

	@Test
	void objectionsAreOpenUntilTheDeadlineAndTheOutcomeOnlyAfter() {
		AccreditationApplication application = new AccreditationApplication(null, "p", "a", "r");
		assertThat(application.isOpenForObjection(DEADLINE.minusSeconds(3600))).isFalse();
		application.circulate(DEADLINE);
		assertThat(application.getStatus()).isEqualTo(AccreditationStatus.CIRCULATED);
		assertThat(application.isOpenForObjection(DEADLINE.minusMillis(1))).isTrue();
		assertThat(application.isOpenForObjection(DEADLINE)).isFalse();
		assertThatThrownBy(() -> application.close(false, DEADLINE.minusMillis(1)))
			.isInstanceOf(IllegalStateException.class);

		application.close(false, DEADLINE);
		assertThat(application.getStatus()).isEqualTo(AccreditationStatus.ACCREDITED);
		assertThatThrownBy(() -> application.circulate(DEADLINE)).hasMessageContaining("accreditation.wrongStatus");
	}

	@Test
	void anObjectionBeforeTheDeadlineMeansNoAccreditation() {
		AccreditationApplication application = new AccreditationApplication(null, "p", "a", "r");
		application.circulate(DEADLINE);
		application.close(true, DEADLINE.plusSeconds(1));
		assertThat(application.getStatus()).isEqualTo(AccreditationStatus.OBJECTED);
		assertThatThrownBy(() -> application.close(false, DEADLINE.plusSeconds(2)))
			.hasMessageContaining("accreditation.wrongStatus");
	}

	@Test
	void theSecretariatConfirmsOnlyASubmittedApplication() {
		AccreditationApplication application = new AccreditationApplication(null, "p", "a", "r");
		application.confirm();
		assertThat(application.getStatus()).isEqualTo(AccreditationStatus.ACCREDITED);
		assertThatThrownBy(application::confirm).hasMessageContaining("accreditation.wrongStatus");
	}

}
