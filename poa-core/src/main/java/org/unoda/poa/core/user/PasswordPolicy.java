package org.unoda.poa.core.user;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Decides whether a new password is acceptable. Length matters, character classes do not
 * (NIST SP 800-63B); a password may not be the account's own name.
 */
@Component
public class PasswordPolicy {

	/** Longer passwords are refused, so that hashing cannot be abused to exhaust the server. */
	static final int MAXIMUM_LENGTH = 64;

	/** bcrypt reads at most 72 bytes; Spring Security refuses longer input rather than cut it. */
	static final int MAXIMUM_BYTES = 72;

	private final int minimumLength;

	PasswordPolicy(AccountSettings settings) {
		this.minimumLength = settings.minimumPasswordLength();
	}

	/**
	 * The message key of the first rule the password breaks, or empty when it is acceptable.
	 */
	public Optional<String> check(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < this.minimumLength) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAXIMUM_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of("password.tooLong");
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			return Optional.of("password.sameAsUsername");
		}
		return Optional.empty();
	}

	public int getMinimumLength() {
		return this.minimumLength;
	}

}
