package org.unoda.poa.reporting.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.state.States;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;

/**
 * Sends deadline reminders to the States that have not submitted, at the points before the
 * deadline each cycle names. Each State gets each reminder once: the reminder is claimed by a
 * row in {@code cycle_reminder}, in the same transaction as the message is handed over, so a
 * failed message is tried again and two nodes never both send it.
 */
@Service
public class CycleReminders {

	private static final Logger logger = LoggerFactory.getLogger(CycleReminders.class);

	private final ReportingCycles cycles;

	private final States states;

	private final UserAccountRepository accounts;

	private final ReminderMailer mailer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	CycleReminders(ReportingCycles cycles, States states, UserAccountRepository accounts, ReminderMailer mailer,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.cycles = cycles;
		this.states = states;
		this.accounts = accounts;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Sends the reminders due today, every morning, on one node at a time.
	 */
	@Scheduled(cron = "${poa.reporting.reminder-cron:0 0 7 * * *}")
	@SchedulerLock(name = "cycle-reminders", lockAtMostFor = "PT30M")
	public void sendDueOnSchedule() {
		sendDue();
	}

	/**
	 * Sends the reminders due today.
	 * @return how many States were reminded
	 */
	public int sendDue() {
		LocalDate today = this.cycles.today();
		int reminded = 0;
		for (ReportingCycle cycle : this.cycles.all()) {
			Optional<Integer> due = cycle.reminderDueOn(today);
			if (due.isPresent()) {
				int daysLeft = (int) ChronoUnit.DAYS.between(today, cycle.getDeadline());
				for (Long stateId : statesToRemind(cycle, due.get())) {
					if (remind(cycle, stateId, due.get(), daysLeft)) {
						reminded++;
					}
				}
			}
		}
		return reminded;
	}

	/**
	 * States with at least one active user, no submitted report in the cycle, and no reminder
	 * yet at this point.
	 */
	private List<Long> statesToRemind(ReportingCycle cycle, int daysBefore) {
		return this.jdbc.sql("""
				select distinct u.state_id from user_account u
				where u.role = 'DELEGATE' and u.enabled
				  and not exists (select 1 from national_report r
				                  where r.state_id = u.state_id and r.cycle_id = :cycle and r.status = 'SUBMITTED')
				  and not exists (select 1 from cycle_reminder m
				                  where m.state_id = u.state_id and m.cycle_id = :cycle and m.days_before = :days)
				order by u.state_id
				""").param("cycle", cycle.getId()).param("days", daysBefore).query(Long.class).list();
	}

	private boolean remind(ReportingCycle cycle, Long stateId, int daysBefore, int daysLeft) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				List<UserAccount> users = this.accounts.findActiveByStateId(stateId);
				int claimed = this.jdbc.sql("""
						insert into cycle_reminder (cycle_id, state_id, days_before, recipients)
						values (:cycle, :state, :days, :recipients) on conflict do nothing
						""")
					.param("cycle", cycle.getId())
					.param("state", stateId)
					.param("days", daysBefore)
					.param("recipients", users.size())
					.update();
				if (claimed == 0 || users.isEmpty()) {
					return false;
				}
				State state = this.states.find(stateId).orElseThrow();
				this.mailer.remind(cycle, state, daysLeft, users);
				return true;
			}));
		}
		catch (RuntimeException ex) {
			logger.warn("Reminder for cycle {} to State {} not sent; it is tried again on the next run",
					cycle.getId(), stateId, ex);
			return false;
		}
	}

}
