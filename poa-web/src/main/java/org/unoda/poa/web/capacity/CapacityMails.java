package org.unoda.poa.web.capacity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.reporting.capacity.MatchConfirmed;
import org.unoda.poa.web.WebSettings;
import org.unoda.poa.web.layout.UserMails;

/**
 * Puts the parties to a match in contact once the secretariat's confirmation is committed: the
 * delegates of the State in need and the provider's people each learn, in their language, what
 * was matched and where to find the other party's contacts.
 */
@Component
class CapacityMails {

	private final UserMails mails;

	private final WebSettings settings;

	private final UserAccountRepository accounts;

	CapacityMails(UserMails mails, WebSettings settings, UserAccountRepository accounts) {
		this.mails = mails;
		this.settings = settings;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void confirmed(MatchConfirmed match) {
		String link = UriComponentsBuilder.fromUriString(this.settings.baseUrl())
			.path("/capacity/matches/{id}")
			.buildAndExpand(match.matchId())
			.toUriString();
		List<UserAccount> recipients = new ArrayList<>(delegatesOf(match.needStateId()));
		if (match.offerStateId() != null) {
			recipients.addAll(delegatesOf(match.offerStateId()));
		}
		if (match.offerOrganisationId() != null) {
			recipients.addAll(this.accounts.findActiveByOrganisationId(match.offerOrganisationId()));
		}
		this.mails.sendEach(recipients, "mail.capacity.matched",
				(user, locale) -> new Object[] { user.getDisplayName(), match.needTitle(), match.offerTitle(), link });
	}

	private List<UserAccount> delegatesOf(Long stateId) {
		return this.accounts.findActiveByStateId(stateId)
			.stream()
			.filter((user) -> user.getRole() == Role.DELEGATE)
			.toList();
	}

}
