package org.unoda.poa.web;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work: sending after commit runs asynchronously; periodic jobs (check sweeps,
 * reminders, deadlines) run unless {@code poa.scheduling.enabled=false}, which tests use to
 * drive those jobs themselves with a controlled clock. However many nodes run, each job runs
 * on one at a time: its {@code @SchedulerLock} is taken in PostgreSQL, on the database's clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "poa.scheduling.enabled", matchIfMissing = true)
	static class PeriodicJobs {

	}

}
