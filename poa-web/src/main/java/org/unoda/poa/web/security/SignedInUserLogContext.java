package org.unoda.poa.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the signed-in user's name in every log line of the request; runs once security knows
 * who it is.
 */
class SignedInUserLogContext extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		MDC.put("user", (authentication != null && authentication.getPrincipal() instanceof SignedInUser user)
				? user.getUsername() : "-");
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("user");
		}
	}

}
