package org.unoda.poa.web.stakeholder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.meetings.accreditation.ApplicationCirculated;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UserMails;

/**
 * Tells every State's approvers, in each one's language, that an application was circulated
 * and until when they may object; after the circulation commits, away from the request.
 */
@Component
class AccreditationMails {

	private static final Logger logger = LoggerFactory.getLogger(AccreditationMails.class);

	private final UserMails mails;

	private final WebSettings settings;

	private final UserAccountRepository accounts;

	AccreditationMails(UserMails mails, WebSettings settings, UserAccountRepository accounts) {
		this.mails = mails;
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
			try {
				this.mails.send(approver, "mail.accreditation.circulated", (locale) -> new Object[] {
						approver.getDisplayName(), circulation.organisation(),
						DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
							.withLocale(locale)
							.withZone(ZoneOffset.UTC)
							.format(circulation.deadline()),
						link });
			}
			catch (MailException ex) {
				// the application is circulated whatever happens to the mail: it is on the States' page
				logger.warn("Circulation mail to user {} not sent: {}", approver.getId(), ex.getMessage());
			}
		}
	}

}
