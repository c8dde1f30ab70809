package org.unoda.poa.core.user;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords are judged by length, within what bcrypt can hash.
 */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(new AccountSettings(Duration.ofHours(72), 12));

	@Test
	void acceptsALongEnoughPassphraseInAnyScript() {
		assertThat(this.policy.check("correct horse battery", "someone")).isEmpty();
		assertThat(this.policy.check("كلمة سر طويلة جدا", "someone")).isEmpty();
		assertThat(this.policy.check("这是一个足够长的密码短语", "someone")).isEmpty();
	}

	@Test
	void refusesShortPasswordsAndTheUsername() {
		assertThat(this.policy.check("short", "someone")).contains("password.tooShort");
		assertThat(this.policy.check("Someone.Else.Name", "someone.else.name")).contains("password.sameAsUsername");
	}

	@Test
	void refusesWhatBcryptCannotHashWholly() {
		assertThat(this.policy.check("a".repeat(64), "someone")).isEmpty();
		assertThat(this.policy.check("a".repeat(65), "someone")).contains("password.tooLong");
		// 25 Chinese characters are 75 bytes in UTF-8, more than bcrypt's 72
		assertThat(this.policy.check("密".repeat(25), "someone")).contains("password.tooLong");
		assertThat(this.policy.check("密".repeat(24), "someone")).isEmpty();
	}

	@Test
	void usernamesFollowOneRule() {
		assertThat(Usernames.isValid("slv.approver")).isTrue();
		assertThat(Usernames.isValid("  MEX.Delegate ")).isTrue();
		assertThat(Usernames.normalise("  MEX.Delegate ")).isEqualTo("mex.delegate");
		assertThat(Usernames.isValid("jane.doe@un.org")).isFalse();
		assertThat(Usernames.isValid("ab")).isFalse();
		assertThat(Usernames.isValid(".hidden")).isFalse();
	}

}
