package org.unoda.poa.core.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule for usernames: 3 to 64 letters, digits, dots, dashes and underscores, starting with
 * a letter or digit, kept in lower case.
 */
public final class Usernames {

	private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private Usernames() {
	}

	/**
	 * The username as stored: trimmed and in lower case.
	 */
	public static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isValid(String username) {
		return username != null && VALID.matcher(normalise(username)).matches();
	}

}
