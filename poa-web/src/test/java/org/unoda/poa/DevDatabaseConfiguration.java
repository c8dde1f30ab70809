package org.unoda.poa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The development database: the server named by {@code POA_DATABASE_URL} if set; otherwise a
 * Testcontainers PostgreSQL where a Docker engine runs; otherwise an embedded PostgreSQL. The
 * last two keep their data in {@code .data/} at the project's root, so it survives restarts.
 */
@TestConfiguration(proxyBeanMethods = false)
class DevDatabaseConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(DevDatabaseConfiguration.class);

	/** A fixed port, so a developer can connect with psql while the platform runs. */
	private static final int EMBEDDED_PORT = 54329;

	@Bean
	DataSource dataSource(Environment environment) throws IOException {
		if (System.getenv("POA_DATABASE_URL") != null) {
			return DataSourceBuilder.create()
				.url(environment.getRequiredProperty("spring.datasource.url"))
				.username(environment.getProperty("spring.datasource.username"))
				.password(environment.getProperty("spring.datasource.password"))
				.build();
		}
		Path data = projectRoot().resolve(".data");
		if (dockerAvailable()) {
			Path directory = Files.createDirectories(data.resolve("postgres-container"));
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
				.withFileSystemBind(directory.toString(), "/var/lib/postgresql/data");
			container.start();
			logger.info("Development database: Testcontainers PostgreSQL, data in {}", directory);
			return DataSourceBuilder.create()
				.url(container.getJdbcUrl())
				.username(container.getUsername())
				.password(container.getPassword())
				.build();
		}
		Path directory = Files.createDirectories(data.resolve("postgres"));
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(EMBEDDED_PORT)
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				logger.warn("Could not stop the development database cleanly", ex);
			}
		}));
		logger.info("Development database: embedded PostgreSQL on port {}, data in {}", EMBEDDED_PORT, directory);
		return postgres.getPostgresDatabase();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The folder holding the Maven wrapper, whether started from the root or from poa-web.
	 */
	private static Path projectRoot() {
		Path candidate = Path.of("").toAbsolutePath();
		while (candidate != null && !Files.exists(candidate.resolve("mvnw"))) {
			candidate = candidate.getParent();
		}
		return (candidate != null) ? candidate : Path.of("").toAbsolutePath();
	}

}
