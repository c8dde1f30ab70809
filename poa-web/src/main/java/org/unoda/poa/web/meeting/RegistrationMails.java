package org.unoda.poa.web.meeting;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.meeting.Meeting;
import org.unoda.poa.core.meeting.MeetingRepository;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.meetings.registration.RegistrationDecided;
import org.unoda.poa.meetings.registration.RegistrationStatus;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UserMails;

/**
 * Tells a State's delegates, or an organisation's representatives, in each one's language, that
 * the secretariat approved their delegation's registration or returned it (with the reason),
 * once the decision is committed.
 */
@Component
class RegistrationMails {

	private final UserMails mails;

	private final WebSettings settings;

	private final UserAccountRepository accounts;

	private final MeetingRepository meetings;

	RegistrationMails(UserMails mails, WebSettings settings, UserAccountRepository accounts,
			MeetingRepository meetings) {
		this.mails = mails;
		this.settings = settings;
		this.accounts = accounts;
		this.meetings = meetings;
	}

	@ApplicationModuleListener
	void decided(RegistrationDecided decision) {
		Meeting meeting = this.meetings.findById(decision.meetingId()).orElseThrow();
		String link = UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/meetings/{id}/registration")
			.buildAndExpand(meeting.getId())
			.toUriString();
		String key = (decision.status() == RegistrationStatus.APPROVED) ? "mail.registration.approved"
				: "mail.registration.returned";
		List<UserAccount> recipients = (decision.stateId() != null)
				? this.accounts.findActiveByStateId(decision.stateId())
					.stream()
					.filter((user) -> user.getRole() == Role.DELEGATE)
					.toList()
				: this.accounts.findActiveByOrganisationId(decision.organisationId());
		this.mails.sendEach(recipients, key, (user, locale) -> new Object[] { user.getDisplayName(),
				meeting.titleIn(locale.getLanguage()).text(), decision.reason(), link });
	}

}
