package org.unoda.poa.web.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.reporting.cycle.ReminderMailer;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UserMails;

/**
 * Composes the reporting reminders from the message bundles, in each user's language.
 */
@Component
class ReportMails implements ReminderMailer {

	private final UserMails mails;

	private final WebSettings settings;

	ReportMails(UserMails mails, WebSettings settings) {
		this.mails = mails;
		this.settings = settings;
	}

	/**
	 * Sends one message to each user; throws only when none could be sent, so the reminder is
	 * tried again without repeating it to those who received it.
	 */
	@Override
	public void remind(ReportingCycle cycle, State state, int daysLeft, List<UserAccount> stateUsers) {
		String link = UriComponentsBuilder.fromUriString(this.settings.baseUrl()).path("/reporting").toUriString();
		this.mails.sendEach(stateUsers, "mail.reportReminder", (user, locale) -> new Object[] {
				user.getDisplayName(), state.getName(locale), cycle.getTitle(),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(cycle.getDeadline()),
				daysLeft, link });
	}

}
