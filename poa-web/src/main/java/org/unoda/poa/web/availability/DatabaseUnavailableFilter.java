package org.unoda.poa.web.availability;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.unoda.poa.web.layout.UnLanguage;

/**
 * Answers 503 with a page saying the platform is temporarily unavailable (a problem body for
 * the API) when a request fails because the database cannot be reached, wherever that
 * happens: loading the session, checking the account, or in a page's own work. It sits in
 * front of every other filter, Spring Session's included, and reads nothing from the
 * database itself: the language comes from the language cookie or the browser. Nothing needs
 * restarting afterwards: the connection pool reaches PostgreSQL again by itself.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** How long clients are asked to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "30";

	private final ObjectProvider<SpringTemplateEngine> templates;

	private final MessageSource messages;

	private final ObjectProvider<LocaleResolver> locales;

	private final ObjectProvider<JsonMapper> json;

	DatabaseUnavailableFilter(ObjectProvider<SpringTemplateEngine> templates, MessageSource messages,
			ObjectProvider<LocaleResolver> locales, ObjectProvider<JsonMapper> json) {
		this.templates = templates;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseFailures.isUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("The database cannot be reached; {} {} answered 503: {}", request.getMethod(),
					request.getRequestURI(), ex.getMessage());
			unavailable(request, response);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		UnLanguage language = UnLanguage.orEnglish(this.locales.getObject().resolveLocale(request));
		Locale locale = language.locale();
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.getObject().writeValue(response.getWriter(), Map.of("type", "about:blank", "title", "Service Unavailable",
					"status", HttpStatus.SERVICE_UNAVAILABLE.value(), "detail",
					this.messages.getMessage("unavailable.explanation", null, locale)));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response),
				locale, Map.of("language", language));
		this.templates.getObject().process("error/unavailable", context, response.getWriter());
	}

}
