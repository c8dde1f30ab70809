package org.unoda.poa.web.meeting;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingRepository;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.meetings.registration.RegistrationDecided;
import org.unoda.poa.meetings.registration.RegistrationStatus;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * Tells a State's delegates, in each one's language, that the secretariat approved their
 * delegation's registration or returned it (with the reason), once the decision is committed.
 */
@Component
class RegistrationMails {

	private static final Logger logger = LoggerFactory.getLogger(RegistrationMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final WebSettings settings;

	private final UserAccountRepository accounts;

	private final MeetingRepository meetings;

	RegistrationMails(JavaMailSender sender, MessageSource messages, WebSettings settings,
			UserAccountRepository accounts, MeetingRepository meetings) {
		this.sender = sender;
		this.messages = messages;
		this.settings = settings;
		this.accounts = accounts;
		this.meetings = meetings;
	}

	@TransactionalEventListener
	void decided(RegistrationDecided decision) {
		Meeting meeting = this.meetings.findById(decision.meetingId()).orElseThrow();
		String link = UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/meetings/{id}/registration")
			.buildAndExpand(meeting.getId())
			.toUriString();
		String kind = (decision.status() == RegistrationStatus.APPROVED) ? "approved" : "returned";
		for (UserAccount user : this.accounts.findActiveByStateId(decision.stateId())) {
			if (user.getRole() != Role.DELEGATE) {
				continue;
			}
			Locale locale = UnLanguage.orEnglish(user.getPreferredLocale().orElse(Locale.ENGLISH)).locale();
			Object[] arguments = { user.getDisplayName(), meeting.getTitle(), decision.reason(), link };
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(this.settings.mailFrom());
			mail.setTo(user.getEmail());
			mail.setSubject(this.messages.getMessage("mail.registration." + kind + ".subject", arguments, locale));
			mail.setText(this.messages.getMessage("mail.registration." + kind + ".body", arguments, locale));
			try {
				this.sender.send(mail);
			}
			catch (MailException ex) {
				// the decision stands and the registration page shows it; the mail is a courtesy
				logger.warn("Registration mail to user {} not sent: {}", user.getId(), ex.getMessage());
			}
		}
	}

}
