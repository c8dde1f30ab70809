package org.unoda.poa.web.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.meetings.accreditation.ApplicationCirculated;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail that follows a committed change is recorded with the change, and sent once: right
 * after the commit when all goes well, or by the retry job of any node when the process that
 * committed the change died before sending it.
 */
@PoaIntegrationTest
class FollowUpIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	Staleness staleness;

	@Autowired
	FollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail greenMail;

	@Autowired
	TestData data;

	@Autowired
	TestClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aMailIsRecordedWithItsChangeAndTheRecordClosedOnceItIsSent() {
		UserAccount approver = this.data.approver("MEX");
		ApplicationCirculated circulation = circulationOf("Recorded Foundation " + UUID.randomUUID());

		inTransaction(() -> this.events.publishEvent(circulation));

		await().untilAsserted(() -> assertThat(mailsTo(approver, circulation)).hasSize(1));
		await().untilAsserted(() -> assertThat(statusOf(circulation)).containsExactly("COMPLETED"));
	}

	@Test
	void aMailDueWhenTheProcessDiedIsSentAfterRestartOnce() throws Exception {
		String listener = listenerOfCirculations();
		UserAccount approver = this.data.approver("KEN");

		// the process committed the circulation, with its follow-up, and died before the mail went
		ApplicationCirculated circulation = circulationOf("Interrupted Institute " + UUID.randomUUID());
		inTransaction(() -> this.registry.store(circulation, Stream.of(PublicationTargetIdentifier.of(listener))));
		assertThat(statusOf(circulation)).containsExactly("PUBLISHED");
		assertThat(mailsTo(approver, circulation)).isEmpty();

		// a node runs on (or one restarts): the follow-up nobody finished is taken for failed, and
		// two nodes' retry jobs, running at the same moment, hand it on
		this.clock.advance(Duration.ofMinutes(6));
		this.registry.markStalePublicationsFailed(this.staleness);
		assertThat(statusOf(circulation)).containsExactly("FAILED");
		CompletableFuture.allOf(CompletableFuture.runAsync(this.followUps::retryFailed),
				CompletableFuture.runAsync(this.followUps::retryFailed))
			.get();

		await().untilAsserted(() -> assertThat(statusOf(circulation)).containsExactly("COMPLETED"));
		this.followUps.retryFailed();
		// and no second copy arrives
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> mailsTo(approver, circulation).size() == 1);
	}

	/**
	 * The registry's name for the listener that mails circulations, as the running platform
	 * records it.
	 */
	private String listenerOfCirculations() {
		ApplicationCirculated circulation = circulationOf("Ordinary Observatory " + UUID.randomUUID());
		inTransaction(() -> this.events.publishEvent(circulation));
		await().until(() -> statusOf(circulation).contains("COMPLETED"));
		return this.jdbc.sql("select listener_id from event_publication where serialized_event like :name")
			.param("name", "%" + circulation.organisation() + "%")
			.query(String.class)
			.single();
	}

	private static ApplicationCirculated circulationOf(String organisation) {
		return new ApplicationCirculated(Math.abs(UUID.randomUUID().getLeastSignificantBits()), organisation,
				Instant.parse("2027-01-15T17:00:00Z"));
	}

	private List<String> statusOf(ApplicationCirculated circulation) {
		return this.jdbc.sql("select status from event_publication where serialized_event like :name")
			.param("name", "%" + circulation.organisation() + "%")
			.query(String.class)
			.list();
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> work.run());
	}

	/**
	 * The mails about this circulation the account received.
	 */
	private List<MimeMessage> mailsTo(UserAccount account, ApplicationCirculated circulation) {
		return Arrays.stream(this.greenMail.getReceivedMessagesForDomain(account.getEmail()))
			.filter((mail) -> GreenMailUtil.getBody(mail).contains(circulation.organisation()))
			.toList();
	}

}
