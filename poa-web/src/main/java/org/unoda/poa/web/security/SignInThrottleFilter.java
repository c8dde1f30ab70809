package org.unoda.poa.web.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in while its account or address must wait, before the password is even
 * checked, back to the sign-in page with how many minutes are left.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.throttle.waitBefore(request.getParameter("username"), request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
	}

}
