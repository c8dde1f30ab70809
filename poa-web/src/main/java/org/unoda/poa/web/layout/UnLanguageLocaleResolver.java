package org.unoda.poa.web.layout;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.unoda.poa.web.security.SignedInUser;

/**
 * Keeps the reader's chosen UN language in a cookie; without a choice on this browser, takes the
 * language a signed-in person chose before (on any device), then the best match from the
 * browser's preferences, and English when none of the six is among them.
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
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.getPreferredLanguage() != null) {
			var chosen = UnLanguage.of(Locale.forLanguageTag(user.getPreferredLanguage()));
			if (chosen.isPresent()) {
				return chosen.get().locale();
			}
		}
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
