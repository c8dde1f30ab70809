package org.unoda.poa.web.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.unoda.poa.web.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as a newcomer meets it: started on a real port with the demo profile, used over
 * HTTP with cookies, the way a browser does.
 */
@BrowserTest
class DemoPlatformIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern DEMO_CODE = Pattern.compile("id=\"demo-code\"[^>]*>[^<]*?(\\d{6})");

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "secretariat", "slv.delegate", "slv.approver", "mex.delegate", "mex.approver",
			"ken.delegate", "jpn.delegate", "est.delegate", "fra.delegate", "stakeholder" })
	void everyDemoAccountSignsInWithTheDemoPassword(String username) throws Exception {
		Browser browser = new Browser();
		assertThat(browser.signIn(username, DemoConfiguration.PASSWORD)).isTrue();
		assertThat(browser.get("/").body()).contains("Welcome,");
	}

	@Test
	void signingInReplacesTheSessionIdentifier() throws Exception {
		Browser browser = new Browser();
		browser.get("/login");
		String before = browser.sessionCookie();
		assertThat(before).isNotNull();
		assertThat(browser.signIn("slv.delegate", DemoConfiguration.PASSWORD)).isTrue();
		assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void aWrongPasswordDoesNotSignIn() throws Exception {
		assertThat(new Browser().signIn("admin", "not-the-password")).isFalse();
	}

	@Test
	void administratorSeesAll195StatesWithTheirGroups() throws Exception {
		Browser admin = new Browser();
		admin.signIn("admin", DemoConfiguration.PASSWORD);
		HttpResponse<String> states = admin.get("/states");
		assertThat(states.statusCode()).isEqualTo(200);
		assertThat(states.body()).contains("195 States", "African Group", "Western European and Others Group",
				"Türkiye", "State of Palestine");
	}

	@Test
	void delegateOfElSalvadorIsRefusedAdministrationWithAFriendlyPage() throws Exception {
		Browser delegate = new Browser();
		delegate.signIn("slv.delegate", DemoConfiguration.PASSWORD);
		HttpResponse<String> admin = delegate.get("/admin");
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(admin.body()).contains("Access denied", "Skip to main content").doesNotContain("??");
		assertThat(delegate.get("/").body()).contains("El Salvador", "Informe nacional de El Salvador 2026-2027")
			.doesNotContain("Informe nacional de México");
	}

	@Test
	void unknownPagesGetAFriendlyNotFoundPage() throws Exception {
		HttpResponse<String> missing = new Browser().get("/states/XXX");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found", "Skip to main content").doesNotContain("??");
		HttpResponse<String> arabic = new Browser().get("/states/XXX?lang=ar");
		assertThat(arabic.body()).contains("dir=\"rtl\"");
	}

	@Test
	void malformedRequestsGetAFriendlyPage() throws Exception {
		HttpResponse<String> bad = new Browser().get("/states?group=NOT_A_GROUP");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("The request could not be completed", "Skip to main content")
			.doesNotContain("??");
	}

	@Test
	void theSignInPageAnswersAndTheHealthCheckIsUp() throws Exception {
		Browser browser = new Browser();
		assertThat(browser.get("/login").statusCode()).isEqualTo(200);
		HttpResponse<String> health = browser.get("/actuator/health/readiness");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP").doesNotContain("components");
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		HttpResponse<String> description = new Browser().get("/v3/api-docs");
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("/api/v1/states", "/api/v1/reports", "/api/v1/admin/users");
		assertThat(new Browser().get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	/**
	 * A client that keeps cookies and does not follow redirects, like a careful browser.
	 */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		boolean signIn(String username, String password) throws IOException, InterruptedException {
			// English chosen on this client, whatever language another test left on the account
			Matcher csrf = CSRF.matcher(get("/login?lang=en").body());
			assertThat(csrf.find()).isTrue();
			String form = String.join("&",
					List.of("username=" + encode(username), "password=" + encode(password), "_csrf=" + csrf.group(1)));
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse("");
			if (location.endsWith("/login/code")) {
				return passSecondStep();
			}
			return response.statusCode() == 302 && !location.contains("error");
		}

		/**
		 * The demo administrator and secretariat give a code too: the page shows it, their key
		 * being public; when their codes of the moment are spent, the next one comes within 30 s.
		 */
		private boolean passSecondStep() throws IOException, InterruptedException {
			String page = Awaitility.await()
				.atMost(Duration.ofSeconds(45))
				.pollInterval(Duration.ofSeconds(3))
				.until(() -> get("/login/code").body(), body -> DEMO_CODE.matcher(body).find());
			Matcher code = DEMO_CODE.matcher(page);
			assertThat(code.find()).isTrue();
			Matcher csrf = CSRF.matcher(page);
			assertThat(csrf.find()).isTrue();
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/login/code"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString(String.join("&", List.of("code=" + code.group(1), "_csrf=" + csrf.group(1)))))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 302;
		}

		String sessionCookie() {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(cookie -> cookie.getName().equals("POA_SESSION"))
				.map(cookie -> cookie.getValue())
				.findFirst()
				.orElse(null);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + DemoPlatformIntegrationTests.this.port + path);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
