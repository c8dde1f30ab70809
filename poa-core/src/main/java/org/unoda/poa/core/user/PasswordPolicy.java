package org.unoda.poa.core.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

import org.springframework.stereotype.Component;

/**
 * Decides whether a new password is acceptable. Length matters, character classes do not
 * (NIST SP 800-63B); a password may not be the account's own name, nor one that attackers try
 * first: one of the hundred thousand most common passwords of leaked lists, or one made of
 * common words and patterns that an estimate of its strength (nbvcxz, after zxcvbn) finds
 * guessable.
 */
@Component
public class PasswordPolicy {

	/** Longer passwords are refused, so that hashing cannot be abused to exhaust the server. */
	static final int MAXIMUM_LENGTH = 64;

	/** bcrypt reads at most 72 bytes; Spring Security refuses longer input rather than cut it. */
	static final int MAXIMUM_BYTES = 72;

	/**
	 * Bits of entropy below which a password is guessable: words of a dictionary, keyboard
	 * rows, repeats, years.
	 */
	static final double GUESSABLE_BELOW = 30;

	private static final Nbvcxz STRENGTH = new Nbvcxz();

	private static final Map<String, Integer> COMMON = ConfigurationBuilder.getDefaultDictionaries()
		.stream()
		.filter((dictionary) -> dictionary.getDictionaryName().equals("passwords"))
		.map(Dictionary::getDictonary)
		.findFirst()
		.orElseThrow();

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
		if (COMMON.containsKey(password.toLowerCase(Locale.ROOT))
				|| STRENGTH.estimate(password).getEntropy() < GUESSABLE_BELOW) {
			return Optional.of("password.guessable");
		}
		return Optional.empty();
	}

	public int getMinimumLength() {
		return this.minimumLength;
	}

}
