package org.unoda.poa.web.followup;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The follow-ups of committed changes (mails to the people concerned) that did not complete: a
 * listener that failed (the mail server was down) or a process that died before or while
 * running it. Spring Modulith's registry records each follow-up in the change's own
 * transaction; its staleness monitor marks as failed those left published or in progress for
 * too long, and this job hands every failed one to its listener again, on one node at a time.
 * A follow-up is claimed in PostgreSQL before it is resubmitted, so no two nodes run it.
 */
@Component
public class FollowUps {

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	private final int maximumAttempts;

	private final Duration keepCompleted;

	FollowUps(FailedEventPublications failed, CompletedEventPublications completed,
			@Value("${poa.follow-ups.maximum-attempts:20}") int maximumAttempts,
			@Value("${poa.follow-ups.keep-completed:30d}") Duration keepCompleted) {
		this.failed = failed;
		this.completed = completed;
		this.maximumAttempts = maximumAttempts;
		this.keepCompleted = keepCompleted;
	}

	/**
	 * Hands the failed follow-ups to their listeners again, up to a number of attempts (an
	 * address the mail server refuses for good is not tried forever; the log and the
	 * {@code event_publication} table keep it).
	 */
	@Scheduled(fixedDelayString = "${poa.follow-ups.retry-interval:PT2M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "follow-up-retry", lockAtMostFor = "PT10M")
	public void retryFailed() {
		this.failed.resubmit(ResubmissionOptions.defaults()
			.withFilter((publication) -> publication.getCompletionAttempts() < this.maximumAttempts));
	}

	/**
	 * Forgets follow-ups completed long ago; the changes themselves are in the audit trail.
	 */
	@Scheduled(cron = "${poa.follow-ups.cleanup-cron:0 15 3 * * *}")
	@SchedulerLock(name = "follow-up-cleanup", lockAtMostFor = "PT10M")
	void forgetCompleted() {
		this.completed.deletePublicationsOlderThan(this.keepCompleted);
	}

}
