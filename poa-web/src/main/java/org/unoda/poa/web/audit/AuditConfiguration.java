package org.unoda.poa.web.audit;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	static AuditActors auditActors() {
		return new AuditActors();
	}

	/**
	 * Runs just after the security filter chain, once the signed-in user is known.
	 */
	@Bean
	FilterRegistrationBean<AuditActorFilter> auditActorFilter() {
		FilterRegistrationBean<AuditActorFilter> registration = new FilterRegistrationBean<>(new AuditActorFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

}
