package org.unoda.poa.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the throttle of each wrong password. A right one wipes the account's failures only
 * once the sign-in is complete, which {@link SecondFactorStep} decides: someone who guessed the
 * password must not win new tries at the code by giving it again.
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

}
