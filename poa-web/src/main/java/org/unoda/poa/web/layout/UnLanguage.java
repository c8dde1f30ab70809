package org.unoda.poa.web.layout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The six official languages of the United Nations, each named in itself for the language
 * switcher.
 */
public enum UnLanguage {

	ARABIC("ar", "العربية", true), CHINESE("zh", "中文", false), ENGLISH("en", "English", false),
	FRENCH("fr", "Français", false), RUSSIAN("ru", "Русский", false), SPANISH("es", "Español", false);

	private final String code;

	private final String nativeName;

	private final boolean rightToLeft;

	UnLanguage(String code, String nativeName, boolean rightToLeft) {
		this.code = code;
		this.nativeName = nativeName;
		this.rightToLeft = rightToLeft;
	}

	public String getCode() {
		return this.code;
	}

	public String getNativeName() {
		return this.nativeName;
	}

	public boolean isRightToLeft() {
		return this.rightToLeft;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	public static Optional<UnLanguage> of(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(language -> language.code.equals(locale.getLanguage())).findFirst();
	}

	/**
	 * The language of the request being served, as an ISO 639-1 code: the one content held
	 * in several languages is shown in.
	 */
	public static String ofReader() {
		return orEnglish(LocaleContextHolder.getLocale()).code;
	}

	/**
	 * The language to use for a locale: itself when it is a UN language, else English.
	 */
	public static UnLanguage orEnglish(Locale locale) {
		return of(locale).orElse(ENGLISH);
	}

}
