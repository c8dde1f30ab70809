package org.unoda.poa.web.report;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.state.State;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.reporting.cycle.ReminderMailer;
import org.unoda.poa.reporting.cycle.ReportingCycle;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * Composes the reporting reminders from the message bundles, in each user's language.
 */
@Component
class ReportMails implements ReminderMailer {

	private static final Logger logger = LoggerFactory.getLogger(ReportMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final WebSettings settings;

	ReportMails(JavaMailSender sender, MessageSource messages, WebSettings settings) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * Sends one message to each user; throws only when none could be sent, so the reminder is
	 * tried again without repeating it to those who received it.
	 */
	@Override
	public void remind(ReportingCycle cycle, State state, int daysLeft, List<UserAccount> stateUsers) {
		String link = UriComponentsBuilder.fromUriString(this.settings.baseUrl()).path("/reporting").toUriString();
		MailException last = null;
		int sent = 0;
		for (UserAccount user : stateUsers) {
			Locale locale = UnLanguage.orEnglish(user.getPreferredLocale().orElse(Locale.ENGLISH)).locale();
			String deadline = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.format(cycle.getDeadline());
			Object[] arguments = { user.getDisplayName(), state.getName(locale), cycle.getTitle(), deadline, daysLeft,
					link };
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(this.settings.mailFrom());
			mail.setTo(user.getEmail());
			mail.setSubject(this.messages.getMessage("mail.reportReminder.subject", arguments, locale));
			mail.setText(this.messages.getMessage("mail.reportReminder.body", arguments, locale));
			try {
				this.sender.send(mail);
				sent++;
			}
			catch (MailException ex) {
				logger.warn("Reporting reminder to user {} of {} not sent: {}", user.getId(), state.getAlpha3(),
						ex.getMessage());
				last = ex;
			}
		}
		if (sent == 0 && last != null) {
			throw last;
		}
	}

}
