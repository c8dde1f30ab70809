package org.unoda.poa.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unoda.poa.PoaApplication;
import org.unoda.poa.core.testing.TestDatabase;
import org.unoda.poa.core.user.UserAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application against one database, as behind a load balancer, each
 * running its periodic jobs: every scheduled mail goes out once, and a person signed in on one
 * node is signed in on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private GreenMail mailServer;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoNodes() {
		this.mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mailServer.start();
		TestDatabase.Details database = TestDatabase.createDatabase();
		this.first = startNode(database);
		this.second = startNode(database);
	}

	@AfterAll
	void stopTwoNodes() {
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close();
		}
		this.mailServer.stop();
	}

	@Test
	void eachScheduledReminderIsMailedOnceThoughBothNodesRunTheJob() {
		TestData data = this.first.getAutowireCapableBeanFactory().createBean(TestData.class);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<UserAccount> delegates = List.of(data.delegate("NER"), data.delegate("NER"), data.delegate("ECU"));
		// the reminder is due as soon as the cycle exists
		data.cycle(today.minusDays(30), today.plusDays(7));

		// both nodes run the reminder job every second; each delegate gets the reminder
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> delegates.forEach((delegate) -> assertThat(mailsTo(delegate)).isNotEmpty()));
		// and nobody gets it twice, however many more runs the two nodes make
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(10))
			.until(() -> delegates.stream().allMatch((delegate) -> mailsTo(delegate).size() == 1));
	}

	@Test
	void aPersonSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
		TestData data = this.first.getAutowireCapableBeanFactory().createBean(TestData.class);
		UserAccount delegate = data.delegate("PER");

		HttpResponse<String> signInPage = get(this.first, "/login", null);
		String cookie = sessionCookie(signInPage);
		Matcher token = CSRF.matcher(signInPage.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri(this.first, "/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("username", delegate.getUsername(), "password",
					TestData.PASSWORD, "_csrf", token.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String session = sessionCookie(signedIn);

		HttpResponse<String> onTheOtherNode = get(this.second, "/reporting", session);
		assertThat(onTheOtherNode.statusCode()).isEqualTo(200);
		assertThat(onTheOtherNode.body()).contains(delegate.getDisplayName());
		assertThat(get(this.second, "/reporting", null).statusCode()).isEqualTo(302);
	}

	private ConfigurableApplicationContext startNode(TestDatabase.Details database) {
		return new SpringApplicationBuilder(PoaApplication.class).run("--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--server.port=0",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.mailServer.getSmtp().getPort(),
				"--poa.reporting.reminder-cron=* * * * * *");
	}

	private List<MimeMessage> mailsTo(UserAccount account) {
		return Arrays.asList(this.mailServer.getReceivedMessagesForDomain(account.getEmail()));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	/**
	 * The session cookie a response sets, as a request sends it back. (It is marked Secure, which
	 * a browser would honour over HTTPS only; the test speaks plain HTTP to localhost.)
	 */
	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith("POA_SESSION="))
			.map((header) -> header.substring(0, header.indexOf(';')))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String form(String... namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (!form.isEmpty()) {
				form.append('&');
			}
			form.append(namesAndValues[i])
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

}
