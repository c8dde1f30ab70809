package org.unoda.poa.core.communication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.CoreTestApplication;
import org.unoda.poa.core.contact.Availability;
import org.unoda.poa.core.contact.ContactDetails;
import org.unoda.poa.core.contact.ContactLevel;
import org.unoda.poa.core.contact.PointOfContact;
import org.unoda.poa.core.contact.PointOfContactRepository;
import org.unoda.poa.core.persistence.AuditingConfiguration;
import org.unoda.poa.core.state.StateRepository;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending survives what mail servers do: an outage leaves messages waiting for the next sweep,
 * a refused address makes one message undelivered, and nothing a sender writes overwrites an
 * acknowledgement. Runs without a test transaction, as the dispatcher does.
 */
@DataJpaTest
@ContextConfiguration(classes = CoreTestApplication.class)
@Import({ AuditingConfiguration.class, CheckConfiguration.class, CheckDispatcher.class, CommunicationChecks.class,
		CheckDispatcherTests.Script.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CheckDispatcherTests {

	private static final Viewer SECRETARIAT = new Viewer(1L, Role.SECRETARIAT, null, null, false, "secretariat");

	@Autowired
	CommunicationChecks checks;

	@Autowired
	CheckDispatcher dispatcher;

	@Autowired
	ScriptedMailer mailer;

	@Autowired
	PointOfContactRepository contacts;

	@Autowired
	StateRepository states;

	@BeforeEach
	void mailServerWorks() {
		this.mailer.sent.clear();
		this.mailer.down = false;
		this.mailer.refused.clear();
	}

	@Test
	void anOutageLeavesMessagesWaitingAndTheSweepSendsThemLater() {
		String state = "ZMB";
		PointOfContact contact = contact(state);
		this.mailer.down = true;

		Long checkId = start(state);

		CheckResults waiting = this.checks.results(SECRETARIAT, checkId);
		assertThat(waiting.pending()).isEqualTo(1);
		assertThat(waiting.failed()).isZero();

		this.mailer.down = false;
		assertThat(this.dispatcher.sendPending()).isGreaterThanOrEqualTo(1);
		assertThat(this.checks.results(SECRETARIAT, checkId).sent()).isEqualTo(1);
		assertThat(this.mailer.sent).contains("check:" + contact.getEmail());
	}

	@Test
	void aRefusedAddressIsUndeliveredAndTheOthersGoOut() {
		String state = "ZWE";
		PointOfContact refused = contact(state);
		PointOfContact fine = contact(state);
		this.mailer.refused.add(refused.getEmail());

		Long checkId = start(state);

		CheckResults results = this.checks.results(SECRETARIAT, checkId);
		assertThat(results.failed()).isEqualTo(1);
		assertThat(results.sent()).isEqualTo(1);
		assertThat(results.messages()).filteredOn(message -> message.getStatus() == MessageStatus.FAILED)
			.extracting(CheckMessage::getEmail)
			.containsExactly(refused.getEmail());
		assertThat(this.mailer.sent).contains("check:" + fine.getEmail());
	}

	@Test
	void remindersGoToTheSilentOnlyAtMostTwiceAndNeverUndoAnAcknowledgement() {
		String state = "MWI";
		PointOfContact silent = contact(state);
		PointOfContact answering = contact(state);
		Long checkId = start(state);
		String token = this.checks.results(SECRETARIAT, checkId)
			.messages()
			.stream()
			.filter(message -> message.getEmail().equals(answering.getEmail()))
			.findFirst()
			.orElseThrow()
			.getToken();
		this.checks.acknowledge(token);

		// the messages went out just now: "remind now" waits an hour after the last message
		assertThat(this.checks.remindNow(SECRETARIAT, checkId)).isZero();

		// with no delay at all, the silent contact is due again at once, up to the maximum
		assertThat(this.dispatcher.sendDueReminders(checkId, Duration.ZERO)).isEqualTo(2);
		assertThat(this.dispatcher.sendDueReminders(checkId, Duration.ZERO)).isZero();
		assertThat(this.checks.remindNow(SECRETARIAT, checkId)).isZero();

		CheckResults results = this.checks.results(SECRETARIAT, checkId);
		assertThat(results.acknowledged()).isEqualTo(1);
		assertThat(results.messages()).filteredOn(message -> message.getEmail().equals(answering.getEmail()))
			.singleElement()
			.satisfies(message -> assertThat(message.getAcknowledgedAt()).isPresent());
		assertThat(this.mailer.sent).filteredOn(("reminder:" + silent.getEmail())::equals).hasSize(2);
		assertThat(this.mailer.sent).doesNotContain("reminder:" + answering.getEmail());
	}

	private Long start(String state) {
		return this.checks
			.start(SECRETARIAT, new CheckRequest(UUID.randomUUID().toString(), "Check", null, null, List.of(state)), "scope")
			.getId();
	}

	private PointOfContact contact(String state) {
		String email = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return this.contacts.save(PointOfContact.nominate(this.states.findByAlpha3(state).orElseThrow(),
				new ContactDetails(ContactLevel.TECHNICAL, "Contact " + email, null, null, List.of(email), List.of(),
						List.of("en"), null, Availability.ALWAYS, null, null),
				"test", Instant.now()));
	}

	/**
	 * A mail server the tests control: up or down, and refusing chosen addresses.
	 */
	static class ScriptedMailer implements CheckMailer {

		final List<String> sent = new CopyOnWriteArrayList<>();

		final Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

		volatile boolean down;

		@Override
		public void sendCheck(CheckMessage message) {
			deliver("check:", message);
		}

		@Override
		public void sendReminder(CheckMessage message) {
			deliver("reminder:", message);
		}

		private void deliver(String kind, CheckMessage message) {
			if (this.down) {
				throw new MailNotSentException("connection refused", false, null);
			}
			if (this.refused.contains(message.getEmail())) {
				throw new MailNotSentException("550 mailbox unavailable", true, null);
			}
			this.sent.add(kind + message.getEmail());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Script {

		@Bean
		ScriptedMailer scriptedMailer() {
			return new ScriptedMailer();
		}

		@Bean
		Clock clock() {
			return Clock.system(ZoneOffset.UTC);
		}

	}

}
