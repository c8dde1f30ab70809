package org.unoda.poa.web.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session is kept in PostgreSQL, ends after half an hour without use, and keeps the rights of
 * its sign-in only as long as the account stays as it was.
 */
@PoaIntegrationTest
class SessionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
		UserAccount delegate = this.data.delegate("SLV");
		Cookie session = signIn(delegate);
		this.mvc.perform(get("/directory").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/{id}/disable", delegate.getId()).with(TestSignIn.as(this.data.admin())).with(csrf()));

		this.mvc.perform(get("/directory").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void movingADelegateToAnotherStateEndsTheSessionThatCouldReadTheOldStatesDrafts() throws Exception {
		UserAccount delegate = this.data.delegate("SLV");
		Cookie session = signIn(delegate);

		this.mvc.perform(post("/admin/users/{id}", delegate.getId()).with(TestSignIn.as(this.data.admin()))
			.with(csrf())
			.param("username", delegate.getUsername())
			.param("displayName", delegate.getDisplayName())
			.param("email", delegate.getEmail())
			.param("role", "DELEGATE")
			.param("stateId", this.data.state("MEX").getId().toString())
			.param("version", Long.toString(delegate.getVersion())))
			.andExpect(redirectedUrl("/admin/users/" + delegate.getId()));

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void signingInDoesNotCountAsAChangeToTheAccount() throws Exception {
		UserAccount delegate = this.data.delegate("KEN");
		Cookie first = signIn(delegate);
		signIn(delegate);

		this.mvc.perform(get("/directory").cookie(first)).andExpect(status().isOk());
	}

	@Test
	void anAdministratorSignsAnAccountOutEverywhereAndOnlyAnAdministratorMay() throws Exception {
		UserAccount delegate = this.data.delegate("GHA");
		Cookie laptop = signIn(delegate);
		Cookie phone = signIn(delegate);
		this.mvc.perform(post("/admin/users/{id}/sessions/end", delegate.getId()).with(TestSignIn.as(this.data.secretariat()))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/directory").cookie(laptop)).andExpect(status().isOk());

		this.mvc.perform(post("/admin/users/{id}/sessions/end", delegate.getId()).with(TestSignIn.as(this.data.admin()))
			.with(csrf())).andExpect(flash().attribute("flashMessage", "user.sessionsEnded"));

		this.mvc.perform(get("/directory").cookie(laptop)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/directory").cookie(phone)).andExpect(redirectedUrl("/login?expired"));
		// the account stays enabled: its person signs in again
		this.mvc.perform(get("/directory").cookie(signIn(delegate))).andExpect(status().isOk());
	}

	@Test
	void theSessionIsKeptInPostgresqlWithItsInactivityTimeout() throws Exception {
		UserAccount delegate = this.data.delegate("JPN");
		signIn(delegate);

		assertThat(this.jdbc.sql("select max_inactive_interval from spring_session where principal_name = :name")
			.param("name", delegate.getUsername())
			.query(Integer.class)
			.list()).containsExactly(30 * 60);
	}

	/**
	 * Signs in as a browser would, returning the session cookie it would keep.
	 */
	private Cookie signIn(UserAccount account) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").param("username", account.getUsername())
				.param("password", TestData.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie(SessionCookie.NAME);
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSecure()).isTrue();
		assertThat(session.getAttribute("SameSite")).isEqualTo("Lax");
		return session;
	}

}
