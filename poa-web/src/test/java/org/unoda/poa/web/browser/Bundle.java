package org.unoda.poa.web.browser;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The platform's own words in a language, read from its message bundles, so that journeys in
 * another language find buttons and messages by what a reader of that language sees.
 */
final class Bundle {

	private Bundle() {
	}

	static String text(String language, String key, Object... arguments) {
		Locale locale = Locale.forLanguageTag(language);
		String pattern = ResourceBundle.getBundle("messages/messages", locale).getString(key);
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, locale).format(arguments);
	}

	/**
	 * The words of a message before its first argument, to recognise it whatever the argument.
	 */
	static String opening(String language, String key) {
		String pattern = text(language, key);
		int argument = pattern.indexOf('{');
		return ((argument < 0) ? pattern : pattern.substring(0, argument)).strip();
	}

}
