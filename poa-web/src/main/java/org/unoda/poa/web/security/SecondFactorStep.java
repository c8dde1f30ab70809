package org.unoda.poa.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.unoda.poa.core.user.SecondFactors;

/**
 * The step after the password. Someone with an authenticator app is asked for a code; someone
 * whose role requires one and who has none yet sets one up; everyone else goes on where they
 * were heading. Until the step is done the session holds only a {@link PartialSignIn}.
 */
@Component
public class SecondFactorStep implements AuthenticationSuccessHandler {

	private final SecondFactors secondFactors;

	private final SignInThrottle throttle;

	private final AuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorStep(SecondFactors secondFactors, SignInThrottle throttle) {
		this.secondFactors = secondFactors;
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			if (this.secondFactors.isOn(user.getId())) {
				// the failures still count until the code is right too
				hold(request, response, new PartialSignIn(authentication, PartialSignIn.Step.CODE));
				return;
			}
			this.throttle.succeeded(user.getUsername());
			if (user.getRole().requiresSecondFactor()) {
				hold(request, response, new PartialSignIn(authentication, PartialSignIn.Step.SET_UP));
				return;
			}
		}
		this.onwards.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * The second step is done: the full sign-in takes the partial one's place, under a new
	 * session id, and the account's failed tries no longer count.
	 */
	public void complete(HttpServletRequest request, HttpServletResponse response, PartialSignIn partial) {
		Authentication signIn = partial.signIn();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signIn);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
		this.throttle.succeeded(signIn.getName());
	}

	/**
	 * Sends the fully signed-in person on to the page they first asked for, or home.
	 */
	public void goOn(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		this.onwards.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
	}

	private void hold(HttpServletRequest request, HttpServletResponse response, PartialSignIn partial)
			throws IOException {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(partial);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		response.sendRedirect(request.getContextPath() + partial.getStep().path());
	}

}
