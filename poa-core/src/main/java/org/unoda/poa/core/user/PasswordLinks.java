package org.unoda.poa.core.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * Issues one-time links to set a password: a random token, kept only as its hash, valid for
 * the configured time; issuing one retires the account's older open links.
 */
@Component
class PasswordLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PasswordTokenRepository tokens;

	private final AccountSettings settings;

	private final Clock clock;

	PasswordLinks(PasswordTokenRepository tokens, AccountSettings settings, Clock clock) {
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
	}

	SetPasswordLink issue(UserAccount account, String issuedBy) {
		Instant now = this.clock.instant();
		this.tokens.retireOpenTokens(account, now);
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = now.plus(this.settings.setPasswordLinkValidity());
		this.tokens.save(new PasswordToken(account, UserAdministration.hash(token), now, expiresAt, issuedBy));
		return new SetPasswordLink(account.getUsername(), token, expiresAt);
	}

}
