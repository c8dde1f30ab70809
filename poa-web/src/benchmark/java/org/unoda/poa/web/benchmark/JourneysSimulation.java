package org.unoda.poa.web.benchmark;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * A reporting deadline: {@link Journeys#USERS} people at once for {@link Journeys#DURATION}, in
 * the mix of a busy week. Half are delegations filing (signing in, typing with autosave,
 * searching the directory, registering for a meeting, submitting), a fifth the public, the rest
 * the secretariat following the cycle and reading the synthesis. Each person reads a page for
 * one to three seconds before the next click ({@link Journeys#THINK_MIN}, {@link Journeys#THINK_MAX}),
 * quicker than most people, and goes round their journey until the time is up.
 */
public class JourneysSimulation extends Simulation {

	private static final int DELEGATES = Journeys.USERS / 2;

	private static final int PUBLIC = Journeys.USERS / 5;

	private static final int SECRETARIAT = Journeys.USERS - DELEGATES - PUBLIC;

	private final ScenarioBuilder delegations = scenario("delegations")
		.during(Journeys.DURATION)
		.on(feed(Journeys.delegates()).exec(Journeys.signIn())
			.exec(Journeys.filing())
			.exec(Journeys.registering())
			.exec(Journeys.submitting())
			.exec(Journeys.signOut())
			.pause(Journeys.THINK_MIN, Journeys.THINK_MAX));

	private final ScenarioBuilder visitors = scenario("public").during(Journeys.DURATION)
		.on(Journeys.publicVisit().pause(Journeys.THINK_MIN, Journeys.THINK_MAX));

	// the secretariat signs in once (its codes are single-use per 30-second step) and then works
	private final ScenarioBuilder secretariat = scenario("secretariat").feed(Journeys.secretariat())
		.exec(Journeys.signInWithCode())
		.during(Journeys.DURATION)
		.on(Journeys.following().pause(Journeys.THINK_MIN, Journeys.THINK_MAX));

	{
		setUp(this.delegations.injectOpen(rampUsers(DELEGATES).during(10)),
				this.visitors.injectOpen(rampUsers(PUBLIC).during(10)),
				this.secretariat.injectOpen(rampUsers(SECRETARIAT).during(10)))
			.protocols(Journeys.protocol())
			.assertions(global().failedRequests().count().is(0L));
	}

}
