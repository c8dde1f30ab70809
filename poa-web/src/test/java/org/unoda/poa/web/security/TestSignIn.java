package org.unoda.poa.web.security;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unoda.poa.core.user.UserAccount;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Makes a MockMvc request as a given account, with the same principal a real sign-in creates.
 */
public final class TestSignIn {

	private TestSignIn() {
	}

	public static RequestPostProcessor as(UserAccount account) {
		return user(new SignedInUser(account));
	}

}
