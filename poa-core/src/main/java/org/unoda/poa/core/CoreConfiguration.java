package org.unoda.poa.core;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	/**
	 * The platform's sense of time; tests replace it to move time without waiting.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
