package org.unoda.poa.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unoda.poa.core.user.AccountStanding;
import org.unoda.poa.core.user.UserAccountRepository;

/**
 * Ends a session as soon as its account changes: disabled, given another role or State, a new
 * password set, or its second factor reset; a session halfway through signing in too. The session keeps the rights of the moment of sign-in; this one indexed
 * look-up per request keeps them from outliving a change.
 */
class AccountStandingFilter extends OncePerRequestFilter {

	private final UserAccountRepository accounts;

	private final ProblemResponses problems = new ProblemResponses();

	AccountStandingFilter(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		SignedInUser user = (authentication instanceof PartialSignIn partial) ? partial.user()
				: (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) ? signedIn
						: null;
		if (user != null && !isCurrent(user)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				this.problems.commence(request, response, null);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean isCurrent(SignedInUser user) {
		return this.accounts.findStandingById(user.getId())
			.filter(AccountStanding::enabled)
			.filter(standing -> standing.version() == user.getAccountVersion())
			.isPresent();
	}

}
