package org.unoda.poa.core.communication;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages of communication checks. Messages are stored as pending with the check,
 * so none is lost: they go out right after the check is committed, and a periodic sweep sends
 * whatever a crash or a mail-server outage left behind. Rows are claimed with
 * {@code for update skip locked}, so two nodes never send the same message.
 */
@Component
class CheckDispatcher {

	private static final Logger logger = LoggerFactory.getLogger(CheckDispatcher.class);

	private static final int BATCH = 25;

	private final CheckMessageRepository messages;

	private final CheckMailer mailer;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CheckDispatcher(CheckMessageRepository messages, CheckMailer mailer, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.messages = messages;
		this.mailer = mailer;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void onCheckStarted(CheckStarted event) {
		sendPending();
	}

	@Scheduled(fixedDelayString = "${poa.directory.check.sweep-interval:PT1M}", initialDelayString = "PT30S")
	void sweep() {
		sendPending();
	}

	/**
	 * Sends every pending message, a batch per transaction.
	 * @return how many messages were handled
	 */
	int sendPending() {
		int handled = 0;
		Integer batch;
		do {
			batch = this.transactions.execute(status -> sendBatch());
			handled += (batch != null) ? batch : 0;
		}
		while (batch != null && batch > 0);
		return handled;
	}

	private int sendBatch() {
		List<CheckMessage> claimed = this.messages.claimPending(BATCH);
		for (CheckMessage message : claimed) {
			try {
				this.mailer.sendCheck(message);
				message.sentAt(this.clock.instant());
			}
			catch (MailNotSentException ex) {
				logger.warn("Communication check message {} to {} not sent: {}", message.getId(), message.getEmail(),
						ex.getMessage());
				message.failed(ex.getMessage());
			}
		}
		return claimed.size();
	}

}
