package org.unoda.poa.web.submission;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Files each form once. The first request with a submission token claims it and, when its
 * answer is a redirect (the change went through), records where to; when it is not (the form
 * came back with errors, or failed), the token is released so the same form can be sent
 * again. A later request with the token (the second click of a double click, a form resent
 * from the browser's history) waits for the first to finish and is sent where the first was,
 * without changing anything.
 */
class DuplicateSubmissionFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(DuplicateSubmissionFilter.class);

	/** How long a second request waits for the first before giving up. */
	static final Duration PATIENCE = Duration.ofSeconds(15);

	private static final long POLL_MILLIS = 100;

	private final FormSubmissions submissions;

	DuplicateSubmissionFilter(FormSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// the report editor's autosave posts the same form again and again, by design
		return !"POST".equals(request.getMethod()) || request.getHeader("X-Autosave") != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		UUID token = tokenOf(request);
		if (token == null) {
			chain.doFilter(request, response);
			return;
		}
		Instant giveUp = Instant.now().plus(PATIENCE);
		while (!this.submissions.claim(token)) {
			FormSubmissions.Outcome first = this.submissions.outcome(token);
			if (first.state() == FormSubmissions.Outcome.State.DONE) {
				logger.info("Form sent again with submission {}; answered as the first time", token);
				response.sendRedirect(first.location());
				return;
			}
			if (first.state() == FormSubmissions.Outcome.State.RUNNING && Instant.now().isAfter(giveUp)) {
				response.sendError(HttpStatus.CONFLICT.value());
				return;
			}
			if (first.state() == FormSubmissions.Outcome.State.RUNNING) {
				pause();
			}
		}
		boolean done = false;
		try {
			chain.doFilter(request, response);
			String location = response.getHeader(HttpHeaders.LOCATION);
			if (response.getStatus() >= 300 && response.getStatus() < 400 && location != null) {
				this.submissions.complete(token, location);
				done = true;
			}
		}
		finally {
			if (!done) {
				this.submissions.release(token);
			}
		}
	}

	private static UUID tokenOf(HttpServletRequest request) {
		String value = request.getParameter(SubmissionTokens.PARAMETER);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the first submission", ex);
		}
	}

}
