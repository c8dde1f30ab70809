package org.unoda.poa.web.layout;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page what the layout needs: the language, its direction, the languages to
 * switch to, and the current path for the switcher's links.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAttributes {

	@ModelAttribute("language")
	UnLanguage language(Locale locale) {
		return UnLanguage.orEnglish(locale);
	}

	@ModelAttribute("languages")
	List<UnLanguage> languages() {
		return List.of(UnLanguage.values());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
