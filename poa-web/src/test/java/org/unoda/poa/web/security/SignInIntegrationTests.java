package org.unoda.poa.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;
import org.unoda.poa.web.TestData;
import org.unoda.poa.web.PoaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out: what succeeds, what fails, and what a failure gives away.
 */
@PoaIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void signsInWithTheRightPasswordAndRecordsIt() throws Exception {
		UserAccount delegate = this.data.delegate("SLV");

		this.mvc.perform(formLogin("/login").user(delegate.getUsername()).password(TestData.PASSWORD))
			.andExpect(authenticated().withUsername(delegate.getUsername()).withRoles("DELEGATE"))
			.andExpect(redirectedUrl("/"));
		assertThat(this.accounts.findById(delegate.getId()).orElseThrow().getLastSignInAt()).isPresent();
	}

	@Test
	void approverGetsTheApproverRole() throws Exception {
		UserAccount approver = this.data.approver("MEX");

		this.mvc.perform(formLogin("/login").user(approver.getUsername()).password(TestData.PASSWORD))
			.andExpect(authenticated().withRoles("DELEGATE", "APPROVER"));
	}

	@Test
	void failedSignInDoesNotRevealWhetherTheAccountExists() throws Exception {
		UserAccount existing = this.data.delegate("SLV");
		UserAccount disabled = this.data.delegate("MEX");
		disabled.disable();
		this.accounts.save(disabled);

		MvcResult wrongPassword = this.mvc
			.perform(formLogin("/login").user(existing.getUsername()).password("wrong password entirely"))
			.andExpect(unauthenticated())
			.andReturn();
		MvcResult unknownAccount = this.mvc
			.perform(formLogin("/login").user("nobody." + TestData.unique()).password("wrong password entirely"))
			.andExpect(unauthenticated())
			.andReturn();
		MvcResult disabledAccount = this.mvc
			.perform(formLogin("/login").user(disabled.getUsername()).password(TestData.PASSWORD))
			.andExpect(unauthenticated())
			.andReturn();

		for (MvcResult result : new MvcResult[] { wrongPassword, unknownAccount, disabledAccount }) {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("The username or password is not correct")));
	}

	@Test
	void accountWithoutPasswordCannotSignIn() throws Exception {
		UserAccount account = this.data.delegate("KEN");
		account.changePasswordHash(null);
		this.accounts.save(account);

		this.mvc.perform(formLogin("/login").user(account.getUsername()).password(""))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		UserAccount admin = this.data.admin();

		this.mvc.perform(post("/login").param("username", admin.getUsername()).param("password", TestData.PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
		this.mvc.perform(post("/admin/users/new").with(TestSignIn.as(admin)).param("username", "csrf.victim"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(TestSignIn.as(admin))).andExpect(status().isForbidden());
		assertThat(this.accounts.existsByUsernameIgnoreCase("csrf.victim")).isFalse();
	}

	@Test
	void signsOutWithCsrfToken() throws Exception {
		this.mvc.perform(post("/logout").with(TestSignIn.as(this.data.delegate("SLV"))).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
	}

	@Test
	void answersEveryRequestWithARequestIdentifier() throws Exception {
		this.mvc.perform(get("/states")).andExpect(header().exists("X-Request-Id"));
		this.mvc.perform(get("/states").header("X-Request-Id", "abc-123"))
			.andExpect(header().string("X-Request-Id", "abc-123"));
		this.mvc.perform(get("/states").header("X-Request-Id", "<script>"))
			.andExpect(header().string("X-Request-Id", not(containsString("<"))));
	}

}
