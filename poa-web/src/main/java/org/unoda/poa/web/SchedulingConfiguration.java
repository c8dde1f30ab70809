package org.unoda.poa.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work: sending after commit runs asynchronously; periodic jobs (check sweeps,
 * reminders) run unless {@code poa.scheduling.enabled=false}, which tests use to drive those
 * jobs themselves with a controlled clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class SchedulingConfiguration {

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "poa.scheduling.enabled", matchIfMissing = true)
	static class PeriodicJobs {

	}

}
