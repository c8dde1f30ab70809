package org.unoda.poa.web.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The demo profile. Its data comes from the Flyway location {@code db/demo}, which only this
 * profile adds. It refuses to start together with the production profile, since its accounts
 * share a published password.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoConfiguration.PROFILE)
class DemoConfiguration {

	static final String PROFILE = "demo";

	static final String PRODUCTION_PROFILE = "prod";

	static final String PASSWORD = "poa-demo";

	private static final Logger logger = LoggerFactory.getLogger(DemoConfiguration.class);

	DemoConfiguration(Environment environment) {
		if (environment.matchesProfiles(PRODUCTION_PROFILE)) {
			throw new IllegalStateException(
					"The demo profile must never be active together with the production profile 'prod'");
		}
	}

	@Bean
	ApplicationRunner demoAccountsBanner() {
		return args -> logger.info("""

				PoA Secretariat Platform, demo data. Sign in at the address above with any of these accounts,
				all with the password '{}':
				  admin          administrator
				  secretariat    UNODA secretariat
				  slv.delegate   delegate of El Salvador        slv.approver   approver of El Salvador
				  mex.delegate   delegate of Mexico             mex.approver   approver of Mexico
				  ken.delegate   delegate of Kenya              jpn.delegate   delegate of Japan
				  est.delegate   delegate of Estonia            fra.delegate   delegate of France
				  stakeholder    representative of a stakeholder organisation
				""", PASSWORD);
	}

}
