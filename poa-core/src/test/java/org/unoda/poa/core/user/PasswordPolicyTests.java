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
		assertThat(this.policy.check("a tortoise crossed the Limmat at dawn", "someone")).isEmpty();
		assertThat(this.policy.check("كلمة سر طويلة جدا", "someone")).isEmpty();
		assertThat(this.policy.check("这是一个足够长的密码短语", "someone")).isEmpty();
	}

	@Test
	void refusesShortPasswordsAndTheUsername() {
		assertThat(this.policy.check("short", "someone")).contains("password.tooShort");
		assertThat(this.policy.check("Someone.Else.Name", "someone.else.name")).contains("password.sameAsUsername");
	}

	@Test
	void refusesWhatAttackersTryFirstHoweverLong() {
		// among the most common passwords of leaked lists
		assertThat(this.policy.check("qwertyuiopasdfgh", "someone")).contains("password.guessable");
		assertThat(this.policy.check("ILoveYou1234", "someone")).contains("password.guessable");
		// long, but made of a common word, a famous phrase, a keyboard row, a year
		assertThat(this.policy.check("passwordpassword", "someone")).contains("password.guessable");
		assertThat(this.policy.check("correct horse battery staple", "someone")).contains("password.guessable");
		assertThat(this.policy.check("unitednations2026", "someone")).contains("password.guessable");
	}

	@Test
	void refusesWhatBcryptCannotHashWholly() {
		String sixtyFour = "Nine quiet owls measured the fog above Lake Geneva in March 2027";
		assertThat(sixtyFour).hasSize(64);
		assertThat(this.policy.check(sixtyFour, "someone")).isEmpty();
		assertThat(this.policy.check(sixtyFour + "!", "someone")).contains("password.tooLong");
		// 25 Chinese characters are 75 bytes in UTF-8, more than bcrypt's 72
		String twentyFour = "湖面上的雾在三月的清晨慢慢散去了九只安静的猫头鹰";
		assertThat(twentyFour).hasSize(24);
		assertThat(this.policy.check(twentyFour + "飞", "someone")).contains("password.tooLong");
		assertThat(this.policy.check(twentyFour, "someone")).isEmpty();
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
