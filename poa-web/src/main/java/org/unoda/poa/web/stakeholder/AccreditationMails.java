package org.unoda.poa.web.stakeholder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.meetings.accreditation.ApplicationCirculated;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * Tells every State's approvers, in each one's language, that an application was circulated
 * and until when they may object; after the circulation commits, away from the request.
 */
@Component
class AccreditationMails {

	private static final Logger logger = LoggerFactory.getLogger(AccreditationMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final WebSettings settings;

	private final UserAccountRepository accounts;

	AccreditationMails(JavaMailSender sender, MessageSource messages, WebSettings settings,
			UserAccountRepository accounts) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
		this.accounts = accounts;
	}

	@Async
	@TransactionalEventListener
	void circulated(ApplicationCirculated circulation) {
		String link = UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/stakeholders/circulated")
			.fragment("application-" + circulation.applicationId())
			.toUriString();
		for (UserAccount approver : this.accounts.findActiveApprovers()) {
			Locale locale = UnLanguage.orEnglish(approver.getPreferredLocale().orElse(Locale.ENGLISH)).locale();
			String deadline = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
				.withLocale(locale)
				.withZone(ZoneOffset.UTC)
				.format(circulation.deadline());
			Object[] arguments = { approver.getDisplayName(), circulation.organisation(), deadline, link };
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(this.settings.mailFrom());
			mail.setTo(approver.getEmail());
			mail.setSubject(this.messages.getMessage("mail.accreditation.circulated.subject", arguments, locale));
			mail.setText(this.messages.getMessage("mail.accreditation.circulated.body", arguments, locale));
			try {
				this.sender.send(mail);
			}
			catch (MailException ex) {
				// the application is circulated whatever happens to the mail: it is on the States' page
				logger.warn("Circulation mail to user {} not sent: {}", approver.getId(), ex.getMessage());
			}
		}
	}

}
