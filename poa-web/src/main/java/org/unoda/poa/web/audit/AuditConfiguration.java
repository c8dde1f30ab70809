package org.unoda.poa.web.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	static AuditActors auditActors() {
		return new AuditActors();
	}

}
