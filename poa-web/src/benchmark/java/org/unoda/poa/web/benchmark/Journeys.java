package org.unoda.poa.web.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.bastiaanjansen.otp.TOTPGenerator;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The journeys of the benchmark, as a person makes them in a browser: each page is one request
 * (static files are cached by browsers and left out), forms carry the CSRF token read from the
 * page that shows them.
 */
final class Journeys {

	/** Where the platform runs. */
	static final String BASE_URL = System.getProperty("benchmark.baseUrl", "http://localhost:8080");

	/** How many people use the platform at the same time. */
	static final int USERS = Integer.getInteger("benchmark.users", 50);

	/** How long the steady load lasts. */
	static final Duration DURATION = Duration.ofSeconds(Long.getLong("benchmark.seconds", 180));

	/** The shortest time a person takes to read a page before the next click. */
	static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("benchmark.thinkMinMillis", 1000));

	/** The longest time a person takes to read a page before the next click. */
	static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("benchmark.thinkMaxMillis", 3000));

	/** The password of every account of the large dataset. */
	static final String PASSWORD = System.getProperty("benchmark.password", "poa-bench-2026");

	/** The authenticator key of the large dataset's secretariat accounts. */
	static final String SECOND_FACTOR_KEY = System.getProperty("benchmark.secondFactorKey",
			"POABENCHPOABENCHPOABENCHPOABENCH");

	private static final Path DATA = Path.of(System.getProperty("benchmark.data", "target/benchmark"));

	private Journeys() {
	}

	static HttpProtocolBuilder protocol() {
		return http.baseUrl(BASE_URL)
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("en")
			.userAgentHeader("PoA benchmark (Gatling)")
			.disableCaching();
	}

	/** Approvers of States, each with the open cycle. */
	static FeederBuilder<String> delegates() {
		return csv(DATA.resolve("delegates.csv").toString()).circular();
	}

	static FeederBuilder<String> secretariat() {
		return csv(DATA.resolve("secretariat.csv").toString()).circular();
	}

	/** How many secretariat accounts there are to sign in with. */
	static int staffAccounts() {
		return csv(DATA.resolve("secretariat.csv").toString()).readRecords().size();
	}

	static FeederBuilder<String> publicReports() {
		return csv(DATA.resolve("public-reports.csv").toString()).random();
	}

	static FeederBuilder<String> meetings() {
		return csv(DATA.resolve("meetings.csv").toString()).random();
	}

	static FeederBuilder<String> cycles() {
		return csv(DATA.resolve("cycles.csv").toString()).random();
	}

	static FeederBuilder<String> searches() {
		return csv(DATA.resolve("searches.csv").toString()).random();
	}

	/** Signs in with the account in {@code #{username}}: the sign-in page, then the password. */
	static ChainBuilder signIn() {
		return password(substring("logout").exists());
	}

	/**
	 * Signs in an account that must give a second factor: the password, then the current code
	 * of its authenticator app.
	 */
	static ChainBuilder signInWithCode() {
		return password(currentLocationRegex(".*/login/code.*").exists())
			.exec((session) -> session.set("code", currentCode()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("sign in: code").post("/login/code")
				.formParam("code", "#{code}")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200))
				.check(substring("logout").exists()));
	}

	/** The sign-in page, then the password of {@code #{username}}; keeps the next form's token. */
	private static ChainBuilder password(CheckBuilder landed) {
		return exec(http("sign-in page").get("/login").check(csrf()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("sign in").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200))
				.check(landed)
				.check(csrf()));
	}

	static ChainBuilder signOut() {
		return exec(http("home").get("/").check(csrf()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("sign out").post("/logout").formParam("_csrf", "#{csrf}").check(status().is(200)));
	}

	/** What anyone sees without signing in: published reports and the meetings. */
	static ChainBuilder publicVisit() {
		return exec(http("home (public)").get("/").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("public reports").get("/reports").check(status().is(200)))
			.feed(publicReports())
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("public report").get("/reports/#{report}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("meetings calendar").get("/meetings").check(status().is(200)))
			.feed(meetings())
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("meeting").get("/meetings/#{meeting}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("synthesis (public)").get("/synthesis").check(status().is(200)));
	}

	/**
	 * A delegate continues the State's draft in the open cycle {@code #{cycle}} (or starts it),
	 * types in a section (each pause in typing ends in an autosave), and looks someone up in the
	 * directory.
	 */
	static ChainBuilder filing() {
		return exec(continueDraft())
			.doIf((session) -> session.contains("field"))
			.then(repeat(3).on(pause(THINK_MIN, THINK_MAX).exec(http("autosave").post("/reports/#{report}/edit/#{section}")
				.header("X-Autosave", "true")
				.formParam("baseEdits", "#{baseEdits}")
				.formParam("_csrf", "#{csrf}")
				.formParam("#{field}", "Benchmark answer typed at #{baseEdits}")
				.check(status().is(200))
				.check(jsonPath("$.edits").saveAs("baseEdits")))))
			.feed(searches())
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("directory search").get("/directory?q=#{search}").check(status().is(200)));
	}

	/**
	 * Opens the State's draft in the open cycle {@code #{cycle}} as its delegates do, with the
	 * Continue button of the reporting page (which starts the draft if there is none); keeps the
	 * report, its first section and what the page's form needs.
	 */
	static ChainBuilder continueDraft() {
		return exec((session) -> session.remove("field"))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("reporting (delegate)").get("/reporting").check(status().is(200)).check(csrf()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("open report").post("/reporting/cycles/#{cycle}/report")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200))
				.check(currentLocationRegex(".*/reports/(\\d+)/edit/\\d+").saveAs("report"))
				.check(currentLocationRegex(".*/edit/(\\d+)").saveAs("section"))
				.check(css("input[name=baseEdits]", "value").saveAs("baseEdits"))
				.check(css("textarea[name^=q]", "name").findRandom().optional().saveAs("field"))
				.check(csrf()));
	}

	/**
	 * The approver sends the draft for review and submits it, then starts a revision, so that the
	 * State has a draft again the next time round.
	 */
	static ChainBuilder submitting() {
		return exec(http("report page").get("/reports/#{report}").check(status().is(200)).check(csrf()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("send for review").post("/reports/#{report}/send-for-review")
				.formParam("_csrf", "#{csrf}")
				.check(substring("The report was sent for review.").exists())
				.check(csrf()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("submit").post("/reports/#{report}/submit")
				.formParam("_csrf", "#{csrf}")
				.check(substring("The report was submitted. Thank you.").exists())
				.check(csrf()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("revise").post("/reports/#{report}/revise")
				.formParam("_csrf", "#{csrf}")
				.check(currentLocationRegex(".*/reports/\\d+/edit/\\d+").exists()));
	}

	/** A delegate registers one more member of the State's delegation to an open meeting. */
	static ChainBuilder registering() {
		return feed(meetings())
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("registration").get("/meetings/#{meeting}/registration").check(status().is(200)).check(csrf()))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("add participant").post("/meetings/#{meeting}/registration/participants")
				.formParam("_csrf", "#{csrf}")
				.formParam("function", "DELEGATE")
				.formParam("givenNames", "Bench")
				.formParam("familyName", "Delegate #{username}")
				.formParam("jobTitle", "Counsellor")
				.formParam("email", "bench@example.org")
				.formParam("gender", "NOT_STATED")
				.check(substring("The participant was added.").exists()));
	}

	/** The secretariat follows the open cycle and reads the synthesis. */
	static ChainBuilder following() {
		return feed(cycles())
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("cycle overview").get("/reporting/cycles/#{cycle}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("synthesis").get("/synthesis?cycle=#{cycle}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("synthesis by region").get("/synthesis?cycle=#{cycle}&group=LATIN_AMERICAN_CARIBBEAN").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("capacity-building needs").get("/synthesis/needs").check(status().is(200)))
			.feed(searches())
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("directory search (secretariat)").get("/directory?q=#{search}").check(status().is(200)));
	}

	private static CheckBuilder.Final csrf() {
		return css("input[name=_csrf]", "value").saveAs("csrf");
	}

	private static String currentCode() {
		return new TOTPGenerator.Builder(SECOND_FACTOR_KEY.getBytes(StandardCharsets.US_ASCII)).build().now();
	}

}
