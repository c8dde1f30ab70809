package org.unoda.poa.web.layout;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Keeps the reader's chosen UN language in a cookie; without a choice, takes the best match
 * from the browser's preferences, and English when none of the six is among them.
 */
class UnLanguageLocaleResolver extends CookieLocaleResolver {

	static final String COOKIE = "POA_LANG";

	UnLanguageLocaleResolver() {
		super(COOKIE);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
		setDefaultLocaleFunction(UnLanguageLocaleResolver::fromBrowser);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		super.setLocale(request, response, (locale != null) ? UnLanguage.orEnglish(locale).locale() : null);
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		var preferences = request.getLocales();
		while (preferences.hasMoreElements()) {
			var language = UnLanguage.of(preferences.nextElement());
			if (language.isPresent()) {
				return language.get().locale();
			}
		}
		return UnLanguage.ENGLISH.locale();
	}

}
