package org.unoda.poa.web.benchmark;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * How many requests a second each page serves when {@link Journeys#USERS} people ask for it
 * and nothing else, one page after the other for {@link #PHASE} each, starting with the
 * platform's trivial endpoint (the liveness probe) as the yardstick. docs/benchmarks.md gives
 * each page's throughput as a share of the probe's.
 */
public class ThroughputSimulation extends Simulation {

	/** How long each page is asked for. */
	static final Duration PHASE = Duration.ofSeconds(Long.getLong("benchmark.phaseSeconds", 20));

	private static final List<HttpRequestActionBuilder> PUBLIC_PAGES = List.of(
			http("health probe").get("/actuator/health/liveness"), http("home (public)").get("/"),
			http("public reports").get("/reports"), http("public report").get("/reports/#{report}"),
			http("meetings calendar").get("/meetings"), http("meeting").get("/meetings/#{meeting}"),
			http("synthesis (public)").get("/synthesis"));

	private static final List<HttpRequestActionBuilder> DELEGATE_PAGES = List.of(
			http("reporting (delegate)").get("/reporting"), http("report section").get("/reports/#{report}/edit/#{section}"),
			http("directory search").get("/directory?q=#{search}"),
			http("registration").get("/meetings/#{meeting}/registration"));

	private static final List<HttpRequestActionBuilder> SECRETARIAT_PAGES = List.of(
			http("cycle overview").get("/reporting/cycles/#{cycle}"),
			http("synthesis").get("/synthesis?cycle=#{cycle}"), http("capacity-building needs").get("/synthesis/needs"),
			http("directory search (secretariat)").get("/directory?q=#{search}"));

	{
		PopulationBuilder visitors = scenario("public pages")
			.feed(Journeys.publicReports())
			.feed(Journeys.meetings())
			.exec(phases(PUBLIC_PAGES))
			.injectOpen(atOnceUsers(Journeys.USERS));
		PopulationBuilder delegates = scenario("delegates' pages").feed(Journeys.delegates())
			.feed(Journeys.meetings())
			.feed(Journeys.searches())
			.exec(Journeys.signIn())
			.exec(Journeys.continueDraft())
			.exec(phases(DELEGATE_PAGES))
			.injectOpen(atOnceUsers(Journeys.USERS));
		// each account signs in once a 30-second step: as many staff as there are accounts
		int staff = Math.min(Journeys.USERS, Journeys.staffAccounts());
		PopulationBuilder secretariat = scenario("secretariat's pages").feed(Journeys.secretariat())
			.feed(Journeys.cycles())
			.feed(Journeys.searches())
			.exec(Journeys.signInWithCode())
			.exec(phases(SECRETARIAT_PAGES))
			.injectOpen(atOnceUsers(staff));
		setUp(visitors.andThen(delegates).andThen(secretariat)).protocols(Journeys.protocol())
			.assertions(global().failedRequests().count().is(0L));
	}

	private static ChainBuilder phases(List<HttpRequestActionBuilder> pages) {
		ChainBuilder chain = exec((session) -> session);
		for (HttpRequestActionBuilder page : pages) {
			chain = chain.exec(during(PHASE).on(exec(page.check(status().is(200)))));
		}
		return chain;
	}

}
