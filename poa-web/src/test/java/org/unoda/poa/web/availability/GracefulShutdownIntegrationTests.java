package org.unoda.poa.web.availability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unoda.poa.PoaApplication;
import org.unoda.poa.core.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping a node (a deployment, scaling down) lets the requests it is serving finish: the
 * application is told to stop while a page is still waiting on the database, and the page is
 * delivered whole before the application ends.
 */
class GracefulShutdownIntegrationTests {

	@Test
	void aRequestInFlightWhenTheNodeIsToldToStopIsAnsweredInFull() throws Exception {
		TestDatabase.Details database = TestDatabase.createDatabase();
		ConfigurableApplicationContext application = new SpringApplicationBuilder(PoaApplication.class).run(
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--poa.scheduling.enabled=false",
				"--server.port=0");
		String reports = "http://localhost:" + application.getEnvironment().getProperty("local.server.port") + "/reports";
		HttpClient http = HttpClient.newHttpClient();
		CompletableFuture<Void> stopping;
		CompletableFuture<HttpResponse<String>> inFlight;
		try (Connection other = DriverManager.getConnection(database.url(), database.username(), database.password());
				Statement statement = other.createStatement()) {
			// the reports' table is locked: the page's query waits
			other.setAutoCommit(false);
			statement.execute("lock table national_report in access exclusive mode");
			inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(reports)).build(),
					HttpResponse.BodyHandlers.ofString());
			await().atMost(Duration.ofSeconds(30)).until(() -> waitingQueries(statement) > 0);

			stopping = CompletableFuture.runAsync(application::close);
			// the node does not end while the page is still being served
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !stopping.isDone());
			assertThat(inFlight).isNotDone();
			other.rollback();
		}

		HttpResponse<String> page = inFlight.get();
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("</html>");
		stopping.get();
		assertThat(application.isActive()).isFalse();
	}

	private static int waitingQueries(Statement statement) throws Exception {
		try (ResultSet waiting = statement.executeQuery("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock' and query ilike '%national_report%'
				""")) {
			waiting.next();
			return waiting.getInt(1);
		}
	}

}
