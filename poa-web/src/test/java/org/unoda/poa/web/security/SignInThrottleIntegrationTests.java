package org.unoda.poa.web.security;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.web.PoaIntegrationTest;
import org.unoda.poa.web.TestClock;
import org.unoda.poa.web.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * Guessing passwords is slowed down: per account after five failures, per address after thirty,
 * the same whether the account exists or not; the real person gets in again a minute later, and
 * a success wipes the account's failures; buckets full again are forgotten.
 */
@PoaIntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	TestClock clock;

	@Autowired
	ThrottleBuckets buckets;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void fiveWrongPasswordsMakeTheAccountWaitAMinuteEvenForTheRightOne() throws Exception {
		UserAccount admin = this.data.admin();
		String address = "192.0.2.10";
		for (int i = 0; i < 5; i++) {
			signIn(admin.getUsername(), "wrong password " + i, address).andExpect(redirectedUrl("/login?error"));
		}
		// the right password too is turned away, before it is checked
		signIn(admin.getUsername(), TestData.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=1"))
			.andExpect(unauthenticated());
		// so is the same account from another address
		signIn(admin.getUsername(), TestData.PASSWORD, "192.0.2.11").andExpect(redirectedUrl("/login?throttled=1"));
		this.mvc.perform(get("/login").param("throttled", "1"))
			.andExpect(content().string(containsString("wait 1 min and try again")));

		this.clock.advance(Duration.ofMinutes(1));
		signIn(admin.getUsername(), TestData.PASSWORD, address).andExpect(authenticated());
		// the success wiped the failures: five more wrong passwords before the account waits again
		for (int i = 0; i < 5; i++) {
			signIn(admin.getUsername(), "wrong again " + i, address).andExpect(redirectedUrl("/login?error"));
		}
		signIn(admin.getUsername(), "wrong once more", address).andExpect(redirectedUrl("/login?throttled=1"));
	}

	@Test
	void anAccountThatDoesNotExistIsThrottledTheSameWay() throws Exception {
		String nobody = "nobody." + TestData.unique();
		for (int i = 0; i < 5; i++) {
			signIn(nobody, "guess " + i, "192.0.2.20").andExpect(redirectedUrl("/login?error"));
		}
		signIn(nobody, "guess 6", "192.0.2.20").andExpect(redirectedUrl("/login?throttled=1"));
	}

	@Test
	void thirtyFailuresFromOneAddressMakeItWaitForEveryAccount() throws Exception {
		String address = "192.0.2.30";
		for (int i = 0; i < 30; i++) {
			signIn("sprayed." + i + "." + TestData.unique(), "Summer2026!", address)
				.andExpect(redirectedUrl("/login?error"));
		}
		UserAccount delegate = this.data.delegate("SLV");
		signIn(delegate.getUsername(), TestData.PASSWORD, address)
			.andExpect(redirectedUrlPattern("/login?throttled=*"))
			.andExpect(unauthenticated());
		// other addresses are not affected
		signIn(delegate.getUsername(), TestData.PASSWORD, "192.0.2.31").andExpect(authenticated());
	}

	@Test
	void bucketsFullAgainAreForgotten() throws Exception {
		String nobody = "forgotten." + TestData.unique();
		signIn(nobody, "guess", "192.0.2.40").andExpect(redirectedUrl("/login?error"));
		assertThat(countBuckets(nobody)).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(30));
		this.buckets.forgetFullBuckets();
		assertThat(countBuckets(nobody)).isZero();
	}

	private long countBuckets(String username) {
		return this.jdbc.sql("select count(*) from sign_in_throttle where id = :id")
			.param("id", "account:" + username)
			.query(Long.class)
			.single();
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

}
