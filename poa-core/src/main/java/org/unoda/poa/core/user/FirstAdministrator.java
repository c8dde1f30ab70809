package org.unoda.poa.core.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from the environment on the first start, so that no
 * default password ever exists outside the demo profile.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final FirstAdministratorSettings settings;

	private final UserAccountRepository accounts;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	FirstAdministrator(FirstAdministratorSettings settings, UserAccountRepository accounts,
			PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder) {
		this.settings = settings;
		this.accounts = accounts;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		if (!this.settings.isComplete()) {
			logger.warn("No administrator exists. Set POA_FIRST_ADMIN_USERNAME, POA_FIRST_ADMIN_EMAIL and "
					+ "POA_FIRST_ADMIN_PASSWORD and restart to create the first one.");
			return;
		}
		if (!Usernames.isValid(this.settings.username())) {
			throw new IllegalStateException("POA_FIRST_ADMIN_USERNAME is not acceptable: use 3 to 64 letters, digits, "
					+ "dots, dashes or underscores");
		}
		this.passwordPolicy.check(this.settings.password(), this.settings.username()).ifPresent(key -> {
			throw new IllegalStateException("POA_FIRST_ADMIN_PASSWORD is not acceptable (" + key
					+ "): use at least " + this.passwordPolicy.getMinimumLength() + " characters");
		});
		String email = (this.settings.email() != null) ? this.settings.email() : "";
		String username = Usernames.normalise(this.settings.username());
		UserAccount admin = new UserAccount(username, username, email);
		admin.assign(Role.ADMIN, null, null, false);
		admin.changePasswordHash(this.passwordEncoder.encode(this.settings.password()));
		this.accounts.save(admin);
		logger.info("Created the first administrator '{}' from the environment", username);
	}

}
