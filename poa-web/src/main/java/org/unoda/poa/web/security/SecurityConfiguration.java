package org.unoda.poa.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which URL: the outer fence. The finer rules (a delegate reads only their own
 * State's non-public data; only a State's approver changes its contacts) are enforced where
 * the data is read and changed, in the domain's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Pages anyone may read. Only reading: a change on these paths needs its own rule. */
	private static final String[] PUBLIC_READING = { "/", "/states", "/states/*", "/reports", "/reports/*",
			"/reports/*/print", "/reports/*/pdf", "/reports/*/compare", "/reports/*/attachments/*", "/synthesis",
			"/synthesis/**",
			"/meetings", "/meetings/**", "/stakeholders", "/stakeholders/**", "/capacity", "/capacity/**",
			"/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/actuator/health", "/actuator/health/**" };

	/** Pages that work without signing in, for reading and sending forms. */
	private static final String[] OPEN_FORMS = { "/login", "/login/code", "/error", "/account/set-password", "/acknowledge/*",
			"/stakeholders/sign-up" };

	private static final String[] DIRECTORY_READERS = { "ADMIN", "SECRETARIAT", "DELEGATE" };

	/** Only the platform's own scripts, styles and forms; never framed. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI styles its elements inline; it runs no inline script. */
	private static final String API_DOCUMENTATION_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * The JSON API: sessions from the pages' sign-in, problem bodies instead of redirects.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		ProblemResponses problems = new ProblemResponses();
		http.securityMatcher("/api/**")
			.addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/states", "/api/v1/states/*", "/api/v1/reports",
						"/api/v1/reports/*", "/api/v1/cycles", "/api/v1/meetings", "/api/v1/meetings/*",
						"/api/v1/accreditation", "/api/v1/capacity")
				.permitAll()
				// as on the pages: the public sees who nominated; stakeholders see nothing of the directory
				.requestMatchers(HttpMethod.GET, "/api/v1/directory/nominations")
				.access(AuthorizationManagers.anyOf(AuthenticatedAuthorizationManager.anonymous(),
						AuthorityAuthorizationManager.hasAnyRole(DIRECTORY_READERS)))
				.requestMatchers("/api/v1/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/directory/**")
				.hasAnyRole(DIRECTORY_READERS)
				.anyRequest()
				.authenticated())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * The API's description and Swagger UI, open to everyone.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocumentationSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> securityHeaders(headers, API_DOCUMENTATION_POLICY));
		return http.build();
	}

	/**
	 * The pages.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, SecondFactorStep secondFactorStep) throws Exception {
		http.addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class).authorizeHttpRequests(requests -> requests
			// the planner lives under the public meetings pages but is the secretariat's alone
			.requestMatchers("/meetings/planning", "/meetings/planning/**")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			// a State's delegates register its delegation, an accredited organisation's representatives
			// theirs; they and the secretariat read its note verbale or letter of nomination
			.requestMatchers("/meetings/*/registration", "/meetings/*/registration/**")
			.hasAnyRole("DELEGATE", "STAKEHOLDER")
			.requestMatchers(HttpMethod.GET, "/meetings/*/registrations/*/note-verbale")
			.hasAnyRole("ADMIN", "SECRETARIAT", "DELEGATE", "STAKEHOLDER")
			// running meetings, reviewing registrations and every other change is the secretariat's
			.requestMatchers("/meetings/*/manage", "/meetings/*/registrations", "/meetings/*/registrations/**")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			// an accredited organisation contributes in writing; the secretariat publishes
			.requestMatchers(HttpMethod.POST, "/meetings/*/contributions", "/meetings/*/contributions/*/withdraw")
			.hasRole("STAKEHOLDER")
			.requestMatchers(HttpMethod.POST, "/meetings", "/meetings/**")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			// an organisation applies; the secretariat circulates; States see what is circulated
			.requestMatchers("/stakeholders/apply", "/stakeholders/organisation", "/stakeholders/organisation/**")
			.hasRole("STAKEHOLDER")
			.requestMatchers("/stakeholders/applications", "/stakeholders/applications/**", "/stakeholders/settings")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			.requestMatchers("/stakeholders/circulated", "/stakeholders/circulated/**")
			.hasAnyRole("ADMIN", "SECRETARIAT", "DELEGATE")
			// a State's delegates declare its needs, also from its reports; the secretariat matches; offers
			// and matches are for signed-in users, each service checking who speaks for whom
			.requestMatchers("/capacity/needs/new", "/capacity/needs/*/edit", "/capacity/reports/**")
			.hasRole("DELEGATE")
			.requestMatchers(HttpMethod.POST, "/capacity/needs", "/capacity/needs/**")
			.hasRole("DELEGATE")
			.requestMatchers(HttpMethod.POST, "/capacity/matches", "/capacity/matches/**")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			.requestMatchers("/capacity/offers", "/capacity/offers/**", "/capacity/matches/**")
			.authenticated()
			// a State's delegates write, review and submit its reports; everyone else reads what is published
			.requestMatchers("/reports/*/edit", "/reports/*/edit/**")
			.hasRole("DELEGATE")
			.requestMatchers(HttpMethod.POST, "/reports/**")
			.hasRole("DELEGATE")
			.requestMatchers(HttpMethod.GET, PUBLIC_READING)
			.permitAll()
			.requestMatchers(OPEN_FORMS)
			.permitAll()
			// the public sees which States have nominated; stakeholders see nothing of the directory
			.requestMatchers(HttpMethod.GET, "/directory")
			.access(AuthorizationManagers.anyOf(AuthenticatedAuthorizationManager.anonymous(),
					AuthorityAuthorizationManager.hasAnyRole(DIRECTORY_READERS)))
			.requestMatchers("/directory/checks", "/directory/checks/**")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			.requestMatchers("/directory/import")
			.hasRole("ADMIN")
			.requestMatchers("/directory/**")
			.hasAnyRole(DIRECTORY_READERS)
			// a delegate starts or resumes the State's report; the secretariat runs cycles and templates
			.requestMatchers(HttpMethod.POST, "/reporting/cycles/*/report")
			.hasRole("DELEGATE")
			.requestMatchers("/reporting/cycles", "/reporting/cycles/**", "/reporting/templates",
					"/reporting/templates/**", "/reporting/answers.csv", "/reporting/answers.xlsx")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			.requestMatchers("/reporting", "/reporting/**")
			.hasAnyRole("ADMIN", "SECRETARIAT", "DELEGATE")
			// the audit trail: read by the secretariat and administrators, changed by nobody
			.requestMatchers(HttpMethod.GET, "/audit")
			.hasAnyRole("ADMIN", "SECRETARIAT")
			.requestMatchers("/admin", "/admin/**", "/actuator", "/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(secondFactorStep)
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> securityHeaders(headers, CONTENT_SECURITY_POLICY));
		return http.build();
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

}
