package org.unoda.poa.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the throttle how each sign-in went.
 */
@Component
class SignInAttempts {

	private final SignInThrottle throttle;

	SignInAttempts(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			this.throttle.failed(event.getAuthentication().getName(), details.getRemoteAddress());
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
			this.throttle.succeeded(event.getAuthentication().getName());
		}
	}

}
