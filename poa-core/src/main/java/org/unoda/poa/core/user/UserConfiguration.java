package org.unoda.poa.core.user;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccountSettings.class, FirstAdministratorSettings.class })
class UserConfiguration {

	/**
	 * Hashes with bcrypt and records the algorithm in each hash, so it can be changed later
	 * without resetting everybody's password.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
