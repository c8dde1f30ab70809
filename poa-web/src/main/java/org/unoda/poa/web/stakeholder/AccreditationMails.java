package org.unoda.poa.web.stakeholder;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
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

	private final UserMails mails;

	private final WebSettings settings;

	private final UserAccountRepository accounts;

	AccreditationMails(UserMails mails, WebSettings settings, UserAccountRepository accounts) {
		this.mails = mails;
		this.settings = settings;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void circulated(ApplicationCirculated circulation) {
		String link = UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/stakeholders/circulated")
			.fragment("application-" + circulation.applicationId())
			.toUriString();
		this.mails.sendEach(this.accounts.findActiveApprovers(), "mail.accreditation.circulated",
				(approver, locale) -> new Object[] { approver.getDisplayName(), circulation.organisation(),
						DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
							.withLocale(locale)
							.withZone(ZoneOffset.UTC)
							.format(circulation.deadline()),
						link });
	}

}
