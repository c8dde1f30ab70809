package org.unoda.poa.core.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where tests get their PostgreSQL, decided once per test JVM:
 * <ol>
 * <li>the server named by {@code POA_TEST_DATABASE_URL} (a JDBC URL of a database whose user
 * may create databases; {@code POA_TEST_DATABASE_USERNAME}, {@code POA_TEST_DATABASE_PASSWORD});
 * <li>otherwise a Testcontainers PostgreSQL where a Docker engine runs;
 * <li>otherwise an embedded PostgreSQL, real binaries from Maven Central.
 * </ol>
 * Each Spring test context then gets a database of its own, created empty and migrated by
 * Flyway as the application would be. Tests are never skipped for want of a server: they fail
 * with a message saying how to provide one.
 */
public final class TestDatabase {

	private static final AtomicInteger databases = new AtomicInteger();

	private static Server server;

	private TestDatabase() {
	}

	/**
	 * Creates a new, empty database and answers how to connect to it.
	 */
	public static synchronized Details createDatabase() {
		Server current = server();
		String name = "poa_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(current.adminUrl(), current.username(),
				current.password()); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name + " on " + current.adminUrl()
					+ ": " + ex.getMessage(), ex);
		}
		return new Details(current.urlOf(name), current.username(), current.password());
	}

	private static Server server() {
		if (server == null) {
			server = start();
		}
		return server;
	}

	private static Server start() {
		String externalUrl = System.getenv("POA_TEST_DATABASE_URL");
		if (externalUrl != null && !externalUrl.isBlank()) {
			return Server.external(externalUrl, System.getenv("POA_TEST_DATABASE_USERNAME"),
					System.getenv("POA_TEST_DATABASE_PASSWORD"));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return Server.external(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		try {
			EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(embedded)));
			return Server.external(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("""
					No PostgreSQL is available for the tests: no Docker engine answered and the embedded \
					PostgreSQL could not start (%s). Provide a server with POA_TEST_DATABASE_URL \
					(e.g. jdbc:postgresql://localhost:5432/postgres), POA_TEST_DATABASE_USERNAME and \
					POA_TEST_DATABASE_PASSWORD; the user must be allowed to create databases.""".formatted(ex.getMessage()),
					ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void close(EmbeddedPostgres embedded) {
		try {
			embedded.close();
		}
		catch (IOException ex) {
			// the JVM is ending; the operating system reclaims the rest
		}
	}

	/**
	 * How to reach a test database.
	 *
	 * @param url the JDBC URL
	 * @param username the user
	 * @param password the password
	 */
	public record Details(String url, String username, String password) {

	}

	private record Server(String adminUrl, String username, String password) {

		static Server external(String url, String username, String password) {
			return new Server(url, username, password);
		}

		/**
		 * The JDBC URL of another database on the same server.
		 */
		String urlOf(String database) {
			int query = this.adminUrl.indexOf('?');
			String base = (query >= 0) ? this.adminUrl.substring(0, query) : this.adminUrl;
			String parameters = (query >= 0) ? this.adminUrl.substring(query) : "";
			return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
		}

	}

}
