package org.unoda.poa.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps someone half signed in on the step that is left: every other page sends them back to
 * it, and the API answers 401. Styles, scripts, the error page and signing out stay open.
 */
class SecondFactorGate extends OncePerRequestFilter {

	private static final String[] ALWAYS_OPEN = { "/webjars/", "/css/", "/js/", "/images/", "/favicon.ico",
			"/logout", "/login", "/error" };

	private final ProblemResponses problems = new ProblemResponses();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof PartialSignIn partial)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(partial.getStep().path()) || isAlwaysOpen(path)) {
			chain.doFilter(request, response);
		}
		else if (path.startsWith("/api/")) {
			this.problems.commence(request, response, null);
		}
		else {
			response.sendRedirect(request.getContextPath() + partial.getStep().path());
		}
	}

	private static boolean isAlwaysOpen(String path) {
		for (String open : ALWAYS_OPEN) {
			if (open.endsWith("/") ? path.startsWith(open) : path.equals(open)) {
				return true;
			}
		}
		return false;
	}

}
