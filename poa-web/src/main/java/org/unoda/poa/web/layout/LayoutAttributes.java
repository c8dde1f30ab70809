package org.unoda.poa.web.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page what the layout needs: the language, its direction, the languages to
 * switch to, and for each a link to the same page in it.
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
		return path(request);
	}

	/**
	 * The current page in each language, keeping its query (a set-password token, filters,
	 * the page number). On an error page, the page that failed.
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
		String query = error ? null : request.getQueryString();
		Map<String, String> links = new LinkedHashMap<>();
		for (UnLanguage candidate : UnLanguage.values()) {
			links.put(candidate.getCode(), link(request, query, candidate));
		}
		return links;
	}

	private static String link(HttpServletRequest request, String query, UnLanguage language) {
		try {
			// the query arrives encoded and must stay as it is
			return UriComponentsBuilder.fromPath(request.getContextPath() + path(request))
				.query(query)
				.replaceQueryParam("lang", language.getCode())
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException malformed) {
			return UriComponentsBuilder.fromPath(request.getContextPath() + path(request))
				.queryParam("lang", language.getCode())
				.build()
				.toUriString();
		}
	}

	private static String path(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed != null) ? failed.toString() : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

}
