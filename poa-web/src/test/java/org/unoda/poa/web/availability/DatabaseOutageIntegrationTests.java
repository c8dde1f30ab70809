package org.unoda.poa.web.availability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.unoda.poa.PoaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database stopped and started again under requests, with the application running on: a
 * PostgreSQL server of this test's own (the other tests' server stays up) and the whole
 * application on a real port.
 */
class DatabaseOutageIntegrationTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path dataDirectory;

	@Test
	void pagesSayTemporarilyUnavailableWith503WhileTheDatabaseIsAwayAndServiceResumesByItself() throws Exception {
		int databasePort = freePort();
		EmbeddedPostgres database = startDatabase(databasePort);
		ScheduledExecutorService visitor = Executors.newSingleThreadScheduledExecutor();
		try (ConfigurableApplicationContext application = startApplication(databasePort)) {
			String base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
			MessageSource messages = application.getBean(MessageSource.class);
			assertThat(get(base + "/states").statusCode()).isEqualTo(200);
			assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);

			// someone keeps reading pages throughout
			Queue<Integer> answers = new ConcurrentLinkedQueue<>();
			visitor.scheduleWithFixedDelay(() -> answers.add(get(base + "/states").statusCode()), 0, 100,
					TimeUnit.MILLISECONDS);

			database.close();

			HttpResponse<String> page = get(base + "/states", "Accept-Language", "fr");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue(DatabaseUnavailableFilter.RETRY_AFTER_SECONDS);
			assertThat(page.body()).contains("lang=\"fr\"")
				.contains(messages.getMessage("unavailable.title", null, Locale.FRENCH));
			// a signed-in person's session is in the database too: they get the same page, not an error
			assertThat(get(base + "/reporting", "Cookie", "POA_SESSION=c2Vzc2lvbg").statusCode()).isEqualTo(503);
			HttpResponse<String> api = get(base + "/api/v1/states");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body()).contains("\"status\":503");
			// the load balancer stops sending people here; nothing restarts the node
			assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(get(base + "/actuator/health").statusCode()).isEqualTo(503);
			assertThat(get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);

			database = startDatabase(databasePort);

			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(get(base + "/states").statusCode()).isEqualTo(200));
			assertThat(get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(get(base + "/api/v1/states").statusCode()).isEqualTo(200);
			visitor.shutdown();
			assertThat(visitor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			// the visitor saw pages, then "temporarily unavailable", then pages again: never an error
			assertThat(answers).contains(200, 503).containsOnly(200, 503);
		}
		finally {
			visitor.shutdownNow();
			database.close();
		}
	}

	/**
	 * A server on a fixed port and data directory, so that it comes back where the application
	 * left it, with its data.
	 */
	private EmbeddedPostgres startDatabase(int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setPort(port)
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start();
	}

	private static ConfigurableApplicationContext startApplication(int databasePort) {
		return new SpringApplicationBuilder(PoaApplication.class).run(
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.hikari.connection-timeout=1000", "--poa.scheduling.enabled=false",
				"--server.port=0");
	}

	private HttpResponse<String> get(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer from " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
