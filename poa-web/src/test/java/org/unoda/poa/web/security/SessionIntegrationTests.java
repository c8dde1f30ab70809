package org.unoda.poa.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session keeps the rights of its sign-in only as long as the account stays as it was.
 */
@PoaIntegrationTest
class SessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
		UserAccount delegate = this.data.delegate("SLV");
		MockHttpSession session = signIn(delegate);
		this.mvc.perform(get("/directory").session(session)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/{id}/disable", delegate.getId()).with(TestSignIn.as(this.data.admin())).with(csrf()));

		this.mvc.perform(get("/directory").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void movingADelegateToAnotherStateEndsTheSessionThatCouldReadTheOldStatesDrafts() throws Exception {
		UserAccount delegate = this.data.delegate("SLV");
		MockHttpSession session = signIn(delegate);

		this.mvc.perform(post("/admin/users/{id}", delegate.getId()).with(TestSignIn.as(this.data.admin()))
			.with(csrf())
			.param("username", delegate.getUsername())
			.param("displayName", delegate.getDisplayName())
			.param("email", delegate.getEmail())
			.param("role", "DELEGATE")
			.param("stateId", this.data.state("MEX").getId().toString())
			.param("version", Long.toString(delegate.getVersion())))
			.andExpect(redirectedUrl("/admin/users/" + delegate.getId()));

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void signingInDoesNotCountAsAChangeToTheAccount() throws Exception {
		UserAccount delegate = this.data.delegate("KEN");
		MockHttpSession first = signIn(delegate);
		signIn(delegate);

		this.mvc.perform(get("/directory").session(first)).andExpect(status().isOk());
	}

	private MockHttpSession signIn(UserAccount account) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").session(session)
			.param("username", account.getUsername())
			.param("password", TestData.PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/"));
		return session;
	}

}
