package org.unoda.poa.core.persistence;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fills the audit columns with the signed-in user's name; changes made by the platform itself
 * (start-up, scheduled work) are recorded as {@value #SYSTEM}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "signedInAuditor")
public class AuditingConfiguration {

	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> signedInAuditor() {
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated()) {
				return Optional.of(SYSTEM);
			}
			return Optional.of(authentication.getName());
		};
	}

}
