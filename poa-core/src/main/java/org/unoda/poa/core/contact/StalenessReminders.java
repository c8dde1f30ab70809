package org.unoda.poa.core.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;

/**
 * Reminds States of their contacts not confirmed within the staleness period, at most once per
 * reminder interval for the same contact. A State with no active user is skipped and tried
 * again next time.
 */
@Service
public class StalenessReminders {

	private final PointOfContactRepository contacts;

	private final UserAccountRepository accounts;

	private final StalenessMailer mailer;

	private final DirectorySettings settings;

	private final Clock clock;

	StalenessReminders(PointOfContactRepository contacts, UserAccountRepository accounts, StalenessMailer mailer,
			DirectorySettings settings, Clock clock) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.mailer = mailer;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Sends the reminders that are due, every morning, on one node at a time.
	 */
	@Scheduled(cron = "${poa.directory.stale-reminder-cron:0 0 6 * * *}")
	@SchedulerLock(name = "staleness-reminders", lockAtMostFor = "PT30M")
	@Transactional
	public void sendDueOnSchedule() {
		sendDue();
	}

	/**
	 * Sends the reminders that are due.
	 * @return how many States were reminded
	 */
	@Transactional
	public int sendDue() {
		Instant now = this.clock.instant();
		List<PointOfContact> stale = this.contacts.findStaleNotRemindedSince(
				now.minus(this.settings.stalenessPeriod()), now.minus(this.settings.staleReminderInterval()));
		Map<State, List<PointOfContact>> byState = stale.stream()
			.collect(Collectors.groupingBy(PointOfContact::getState, LinkedHashMap::new, Collectors.toList()));
		int reminded = 0;
		for (Map.Entry<State, List<PointOfContact>> entry : byState.entrySet()) {
			List<UserAccount> users = this.accounts.findActiveByStateId(entry.getKey().getId());
			if (users.isEmpty()) {
				continue;
			}
			this.mailer.remind(entry.getKey(), entry.getValue(), users);
			this.contacts.markRemindedOfStaleness(entry.getValue(), now);
			reminded++;
		}
		return reminded;
	}

}
