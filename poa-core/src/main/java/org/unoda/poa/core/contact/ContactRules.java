package org.unoda.poa.core.contact;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a well-formed contact detail looks like, the same for the nomination form and for
 * imported files.
 */
public final class ContactRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,64}");

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private ContactRules() {
	}

	public static boolean isEmail(String value) {
		return EMAIL.matcher(value).matches();
	}

	/**
	 * A telephone number in international format: digits, spaces and the usual separators.
	 */
	public static boolean isPhone(String value) {
		return PHONE.matcher(value).matches();
	}

	/**
	 * A two-letter ISO 639-1 language code, in lower case.
	 */
	public static boolean isLanguage(String value) {
		return LANGUAGES.contains(value);
	}

	/**
	 * A time zone name such as {@code America/El_Salvador}.
	 */
	public static boolean isTimeZone(String value) {
		try {
			ZoneId.of(value);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
