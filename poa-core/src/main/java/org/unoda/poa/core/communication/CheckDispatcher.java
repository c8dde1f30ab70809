package org.unoda.poa.core.communication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages and reminders of communication checks, one message per short
 * transaction. Messages are stored as pending with their check, so none is lost: they go out
 * right after the check is committed, and a periodic sweep sends whatever a crash or a
 * mail-server outage left behind. Each message is claimed with {@code for update skip locked},
 * so two nodes never send the same one; an acknowledgement arriving meanwhile waits for the
 * lock and is applied after.
 */
@Component
public class CheckDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(CheckDispatcher.class);

	/** The least time between two reminders sent by hand, so a double click sends one. */
	static final Duration MANUAL_REMINDER_GAP = Duration.ofHours(1);

	private final CheckMessageRepository messages;

	private final CheckMailer mailer;

	private final CheckSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CheckDispatcher(CheckMessageRepository messages, CheckMailer mailer, CheckSettings settings,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.messages = messages;
		this.mailer = mailer;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		// each message commits on its own, whatever transaction the caller may be in or finishing
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void onCheckStarted(CheckStarted event) {
		sendPending();
	}

	@Scheduled(fixedDelayString = "${poa.directory.check.sweep-interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "check-sweep", lockAtMostFor = "PT10M")
	void sweep() {
		sendPending();
	}

	@Scheduled(fixedDelayString = "${poa.directory.check.reminder-interval:PT15M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "check-reminders", lockAtMostFor = "PT10M")
	void remindTheSilent() {
		sendDueReminders(null, this.settings.reminderDelay());
	}

	/**
	 * Sends every pending message, until none is left or the mail server cannot be reached.
	 * @return how many messages were handled
	 */
	public int sendPending() {
		return repeat(() -> this.messages.claimPending().map(message -> {
			try {
				this.mailer.sendCheck(message);
				message.sentAt(this.clock.instant());
			}
			catch (MailNotSentException ex) {
				if (!ex.isPermanent()) {
					throw new MailServerUnavailable(ex);
				}
				message.failed(ex.getMessage());
			}
			return message;
		}));
	}

	/**
	 * Reminds the silent contacts whose last message is older than the delay, at most the
	 * configured number of times.
	 * @param checkId only this check's contacts, or {@code null} for every open check
	 * @param delay the least time since the last message
	 * @return how many contacts were reminded
	 */
	public int sendDueReminders(Long checkId, Duration delay) {
		return repeat(() -> {
			Instant now = this.clock.instant();
			return this.messages.claimDueReminder(now, now.minus(delay), this.settings.maximumReminders(), checkId)
				.map(message -> {
					try {
						this.mailer.sendReminder(message);
					}
					catch (MailNotSentException ex) {
						if (!ex.isPermanent()) {
							throw new MailServerUnavailable(ex);
						}
						// the first message reached the contact; a refused reminder does not undo that
						logger.warn("Reminder for check message {} refused: {}", message.getId(), ex.getMessage());
					}
					message.remindedAt(now);
					return message;
				});
		});
	}

	private int repeat(java.util.function.Supplier<Optional<CheckMessage>> step) {
		int handled = 0;
		try {
			while (Boolean.TRUE.equals(this.transactions.execute(status -> step.get().isPresent()))) {
				handled++;
			}
		}
		catch (MailServerUnavailable ex) {
			logger.warn("The mail server cannot be reached ({}); messages wait for the next attempt",
					ex.getCause().getMessage());
		}
		return handled;
	}

	/**
	 * Rolls back the current message's transaction, leaving it for the next attempt.
	 */
	private static final class MailServerUnavailable extends RuntimeException {

		MailServerUnavailable(MailNotSentException cause) {
			super(cause);
		}

	}

}
