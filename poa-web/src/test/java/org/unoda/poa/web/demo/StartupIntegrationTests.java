package org.unoda.poa.web.demo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unoda.poa.PoaApplication;
import org.unoda.poa.core.testing.TestDatabase;
import org.unoda.poa.core.user.Role;
import org.unoda.poa.core.user.UserAccount;
import org.unoda.poa.core.user.UserAccountRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the platform starts: the first administrator from the environment, and profiles that
 * must never run together.
 */
class StartupIntegrationTests {

	@Test
	void createsTheFirstAdministratorFromTheEnvironmentOnce() {
		Map<String, Object> settings = Map.of("poa.first-admin.username", "first.admin",
				"poa.first-admin.email", "first.admin@example.org", "poa.first-admin.password",
				"a long first passphrase");
		TestDatabase.Details database = TestDatabase.createDatabase();
		try (ConfigurableApplicationContext context = start(database, settings)) {
			UserAccount admin = context.getBean(UserAccountRepository.class).findByUsername("first.admin").orElseThrow();
			assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
			assertThat(context.getBean(PasswordEncoder.class).matches("a long first passphrase", admin.getPasswordHash()))
				.isTrue();
		}
		// a second start with other settings changes nothing: an administrator exists
		try (ConfigurableApplicationContext context = start(database,
				Map.of("poa.first-admin.username", "second.admin", "poa.first-admin.password", "another passphrase"))) {
			UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
			assertThat(accounts.findByUsername("second.admin")).isEmpty();
			assertThat(accounts.findByUsername("first.admin")).isPresent();
		}
	}

	@Test
	void refusesAWeakFirstAdministratorPassword() {
		assertThatThrownBy(() -> start(TestDatabase.createDatabase(),
				Map.of("poa.first-admin.username", "weak.admin", "poa.first-admin.password", "short")).close())
			.hasStackTraceContaining("POA_FIRST_ADMIN_PASSWORD is not acceptable");
	}

	@Test
	void withoutSettingsCreatesNoAdministratorAndNoDefaultPasswordExists() {
		try (ConfigurableApplicationContext context = start(TestDatabase.createDatabase(), Map.of())) {
			assertThat(context.getBean(UserAccountRepository.class).count()).isZero();
		}
	}

	@Test
	void theDemoProfileNeverRunsWithTheProductionProfile() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(PoaApplication.class).profiles("demo", "prod")
			.run(arguments(datasource(TestDatabase.createDatabase()), Map.of()))
			.close()).hasStackTraceContaining("must never be active together with the production profile");
	}

	private static ConfigurableApplicationContext start(TestDatabase.Details database, Map<String, Object> settings) {
		return new SpringApplicationBuilder(PoaApplication.class).run(arguments(datasource(database), settings));
	}

	/**
	 * Settings as command-line arguments, which take precedence over application.properties.
	 */
	private static String[] arguments(Map<String, Object> datasource, Map<String, Object> settings) {
		Map<String, Object> all = new java.util.HashMap<>(datasource);
		all.putAll(settings);
		all.put("server.port", 0);
		return all.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
	}

	private static Map<String, Object> datasource(TestDatabase.Details database) {
		return Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
				"spring.datasource.password", database.password());
	}

}
