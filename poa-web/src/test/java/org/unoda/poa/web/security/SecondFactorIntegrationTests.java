package org.unoda.poa.web.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unoda.poa.core.user.ClearSecretsSealing;
import org.unoda.poa.core.user.SecondFactors;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two-step sign-in: required of the secretariat and administrators, open to everyone, a code
 * accepted once only, recovery codes once each, guessing slowed down like passwords are.
 */
@PoaIntegrationTest
class SecondFactorIntegrationTests {

	private static final Duration STEP = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClearSecretsSealing clearSecrets;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anAdministratorMustSetUpAnAppBeforeAnythingElseThenSignsInWithItsCodes() throws Exception {
		UserAccount admin = this.data.admin();
		Cookie session = password(admin);
		this.mvc.perform(get("/admin/users").cookie(session))
			.andExpect(redirectedUrl("/account/two-factor/set-up"));
		this.mvc.perform(get("/reporting/cycles").cookie(session))
			.andExpect(redirectedUrl("/account/two-factor/set-up"));
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());

		String secret = setUpKey(session);
		this.mvc.perform(post("/account/two-factor/set-up").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "secondFactor.codeWrong"));
		MvcResult setUp = this.mvc
			.perform(post("/account/two-factor/set-up").cookie(session)
				.with(csrf())
				.param("code", SecondFactors.codeAt(secret, this.clock.instant())))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> recoveryCodes = (List<String>) setUp.getModelAndView().getModel().get("recoveryCodes");
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		// only hashes are kept
		assertThat(this.jdbc.sql("select code_hash from recovery_code where user_account_id = ?")
			.param(admin.getId())
			.query(String.class)
			.list()).hasSize(10).noneMatch(hash -> recoveryCodes.contains(hash) || hash.contains(recoveryCodes.get(0)));
		Cookie signedIn = cookieOf(setUp, session);
		this.mvc.perform(get("/admin/users").cookie(signedIn)).andExpect(status().isOk());
		// the key is stored encrypted: a copy of the database alone computes no codes
		assertThat(storedKeyOf(admin)).startsWith("v1:").doesNotContain(secret);

		// next time: password, then a code
		Cookie next = password(admin, "/login/code");
		this.mvc.perform(get("/admin/users").cookie(next)).andExpect(redirectedUrl("/login/code"));
		// the code that confirmed the set-up is spent
		this.mvc.perform(code(next, SecondFactors.codeAt(secret, this.clock.instant())))
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "secondFactor.codeWrong"));
		this.clock.advance(STEP);
		MvcResult passed = this.mvc.perform(code(next, SecondFactors.codeAt(secret, this.clock.instant())))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		this.mvc.perform(get("/admin/users").cookie(cookieOf(passed, next))).andExpect(status().isOk());
		// a new session id once fully signed in
		assertThat(cookieOf(passed, next).getValue()).isNotEqualTo(next.getValue());

		// a recovery code works once
		Cookie lostPhone = password(admin, "/login/code");
		this.mvc.perform(code(lostPhone, recoveryCodes.get(3).toUpperCase()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flashMessage", "secondFactor.recoveryCodeUsed"));
		Cookie again = password(admin, "/login/code");
		this.mvc.perform(code(again, recoveryCodes.get(3)))
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "secondFactor.codeWrong"));
		this.mvc.perform(get("/account/two-factor").cookie(signedIn))
			.andExpect(content().string(containsString("Recovery codes left: 9.")));
	}

	@Test
	void keysStoredInClearBeforeEncryptionAreEncryptedAtStartAndStillWork() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
		this.jdbc.sql("insert into second_factor (user_account_id, secret, enabled_at) values (?, ?, now())")
			.params(secretariat.getId(), secret)
			.update();

		// what every start does
		assertThat(this.clearSecrets.sealClearSecrets()).isPositive();

		assertThat(storedKeyOf(secretariat)).startsWith("v1:").doesNotContain(secret);
		Cookie session = password(secretariat, "/login/code");
		this.mvc.perform(code(session, SecondFactors.codeAt(secret, this.clock.instant()))).andExpect(redirectedUrl("/"));
	}

	private String storedKeyOf(UserAccount account) {
		return this.jdbc.sql("select secret from second_factor where user_account_id = ?")
			.param(account.getId())
			.query(String.class)
			.single();
	}

	@Test
	void aDelegateMayTurnItOnAndOffAndIsAskedForACodeWhileItIsOn() throws Exception {
		UserAccount delegate = this.data.delegate("SLV");
		Cookie session = password(delegate, "/");
		this.mvc.perform(get("/account/two-factor").cookie(session))
			.andExpect(content().string(containsString("Two-step sign-in is off.")));
		String secret = setUpKey(session);
		this.mvc.perform(post("/account/two-factor/set-up").cookie(session)
			.with(csrf())
			.param("code", SecondFactors.codeAt(secret, this.clock.instant()))).andExpect(status().isOk());

		Cookie next = password(delegate, "/login/code");
		this.clock.advance(STEP);
		this.mvc.perform(code(next, SecondFactors.codeAt(secret, this.clock.instant()))).andExpect(redirectedUrl("/"));

		this.mvc.perform(post("/account/two-factor/turn-off").cookie(session).with(csrf()).param("code", "123456"))
			.andExpect(model().attributeHasFieldErrorCode("turnOffForm", "code", "secondFactor.codeWrong"));
		this.clock.advance(STEP);
		this.mvc.perform(post("/account/two-factor/turn-off").cookie(session)
			.with(csrf())
			.param("code", SecondFactors.codeAt(secret, this.clock.instant())))
			.andExpect(redirectedUrl("/account/two-factor"));
		password(delegate, "/");
	}

	@Test
	void theSecretariatCannotTurnItOff() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		String secret = turnOn(secretariat);
		this.clock.advance(STEP);
		this.mvc.perform(post("/account/two-factor/turn-off").with(TestSignIn.as(secretariat))
			.with(csrf())
			.param("code", SecondFactors.codeAt(secret, this.clock.instant()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/account/two-factor").with(TestSignIn.as(secretariat)))
			.andExpect(content().string(containsString("cannot be turned off")));
	}

	@Test
	void guessingCodesIsSlowedDownLikeGuessingPasswords() throws Exception {
		UserAccount delegate = this.data.delegate("KEN");
		String secret = turnOn(delegate);
		Cookie session = password(delegate, "/login/code");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(code(session, "00000" + i))
				.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "secondFactor.codeWrong"));
		}
		this.clock.advance(STEP);
		this.mvc.perform(code(session, SecondFactors.codeAt(secret, this.clock.instant())))
			.andExpect(model().attributeHasFieldErrorCode("codeForm", "code", "signIn.throttled"));
		// a minute later, the right code gets in
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(code(session, SecondFactors.codeAt(secret, this.clock.instant()))).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorResetsTheAppOfSomeoneWhoLostTheirPhone() throws Exception {
		UserAccount secretariat = this.data.secretariat();
		turnOn(secretariat);
		Cookie session = password(secretariat, "/login/code");

		this.mvc.perform(post("/admin/users/{id}/second-factor/reset", secretariat.getId())
			.with(TestSignIn.as(this.data.secretariat()))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/{id}/second-factor/reset", secretariat.getId())
			.with(TestSignIn.as(this.data.admin()))
			.with(csrf())).andExpect(flash().attribute("flashMessage", "user.secondFactorReset"));

		assertThat(this.jdbc.sql("select count(*) from recovery_code where user_account_id = ?")
			.param(secretariat.getId())
			.query(Integer.class)
			.single()).isZero();
		// the half-open session is gone; the next sign-in sets up a new app
		this.mvc.perform(get("/login/code").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		password(secretariat, "/account/two-factor/set-up");
	}

	@Test
	void theCodePageIsOnlyForSomeoneHalfwayThroughSigningIn() throws Exception {
		this.mvc.perform(get("/login/code")).andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/login/code").with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account/two-factor")).andExpect(redirectedUrl("/login"));
	}

	private String turnOn(UserAccount account) throws Exception {
		Cookie session = this.mvc.perform(get("/account/two-factor/set-up").with(TestSignIn.as(account)))
			.andReturn()
			.getResponse()
			.getCookie(SessionCookie.NAME);
		String secret = setUpKey(session, account);
		this.mvc.perform(post("/account/two-factor/set-up").cookie(session)
			.with(TestSignIn.as(account))
			.with(csrf())
			.param("code", SecondFactors.codeAt(secret, this.clock.instant()))).andExpect(status().isOk());
		return secret;
	}

	private String setUpKey(Cookie session) throws Exception {
		return setUpKey(session, request -> request);
	}

	private String setUpKey(Cookie session, UserAccount account) throws Exception {
		return setUpKey(session, TestSignIn.as(account));
	}

	/**
	 * The key the set-up page shows to type into the app, without its spaces.
	 */
	private String setUpKey(Cookie session, RequestPostProcessor signIn) throws Exception {
		MvcResult page = this.mvc.perform(get("/account/two-factor/set-up").cookie(session).with(signIn))
			.andExpect(status().isOk())
			.andReturn();
		return ((String) page.getModelAndView().getModel().get("key")).replace(" ", "");
	}

	private RequestBuilder code(Cookie session, String code) {
		return post("/login/code").cookie(session).with(csrf()).param("code", code);
	}

	private Cookie password(UserAccount account) throws Exception {
		return password(account, "/account/two-factor/set-up");
	}

	/**
	 * Gives the right password, as a browser would, expecting to be sent on to the given page.
	 */
	private Cookie password(UserAccount account, String next) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", account.getUsername())
				.param("password", TestData.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl(next))
			.andReturn();
		return result.getResponse().getCookie(SessionCookie.NAME);
	}

	/**
	 * The session cookie after the request: a new one when the session id changed.
	 */
	private static Cookie cookieOf(MvcResult result, Cookie before) {
		Cookie after = result.getResponse().getCookie(SessionCookie.NAME);
		return (after != null) ? after : before;
	}

}
