package org.unoda.poa.web.security;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unoda.poa.core.user.UserAccountRepository;

/**
 * Records when each account last signed in, for administrators spotting unused accounts.
 */
@Component
class SignInRecorder {

	private final UserAccountRepository accounts;

	private final Clock clock;

	SignInRecorder(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onSignIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			this.accounts.recordSignIn(user.getId(), this.clock.instant());
		}
	}

}
