package org.unoda.poa;

import org.springframework.boot.SpringApplication;

/**
 * Starts the platform for development and demonstration with the demo data, a PostgreSQL it
 * provides itself (see {@link DevDatabaseConfiguration}) and a mailbox that catches its e-mails
 * (see {@link DevMailConfiguration}). Run by the README's command,
 * {@code ./mvnw -pl poa-web -am spring-boot:test-run}.
 */
public class TestPoaApplication {

	public static void main(String[] args) {
		// Testcontainers reports a missing Docker engine as an error; here it only means "use embedded"
		System.setProperty("logging.level.org.testcontainers.dockerclient", "off");
		SpringApplication.from(PoaApplication::main)
			.with(DevDatabaseConfiguration.class, DevMailConfiguration.class)
			.withAdditionalProfiles("demo")
			.run(args);
	}

}
