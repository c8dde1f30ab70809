package org.unoda.poa.web.layout;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.web.security.SignedInUser;

/**
 * When a signed-in person switches the language ({@code ?lang=ar}), remembers it on their
 * account: their pages open in it on any device, and the platform writes to them in it. Other
 * requests pass through without touching the database.
 */
@Component
class LanguagePreference implements HandlerInterceptor {

	private final UserAccountRepository accounts;

	LanguagePreference(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String requested = request.getParameter(WebConfiguration.LANGUAGE_PARAMETER);
		Optional<UnLanguage> language = (requested != null) ? UnLanguage.of(Locale.forLanguageTag(requested))
				: Optional.empty();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (language.isPresent() && authentication != null
				&& authentication.getPrincipal() instanceof SignedInUser user
				&& !language.get().getCode().equals(user.getPreferredLanguage())) {
			this.accounts.recordPreferredLanguage(user.getId(), language.get().getCode());
		}
		return true;
	}

}
