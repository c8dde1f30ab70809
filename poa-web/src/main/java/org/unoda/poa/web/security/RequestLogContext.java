package org.unoda.poa.web.security;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the request's identifier and the signed-in user's name into every log line written
 * while the request is served, and returns the identifier in {@code X-Request-Id}.
 */
class RequestLogContext extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String requestId = (incoming != null && SAFE_ID.matcher(incoming).matches()) ? incoming
				: HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String user = (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn)
				? signedIn.getUsername() : "-";
		MDC.put("requestId", requestId);
		MDC.put("user", user);
		response.setHeader(HEADER, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
			MDC.remove("user");
		}
	}

}
