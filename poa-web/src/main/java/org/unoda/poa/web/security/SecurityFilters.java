package org.unoda.poa.web.security;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unoda.poa.core.user.UserAccountRepository;

/**
 * The servlet filters around Spring Security's chain, in order.
 */
@Configuration(proxyBeanMethods = false)
class SecurityFilters {

	@Bean
	FilterRegistrationBean<RequestLogContext> requestLogContext() {
		FilterRegistrationBean<RequestLogContext> registration = new FilterRegistrationBean<>(new RequestLogContext());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/**
	 * Runs just before the security filter chain, so that a throttled sign-in is not even tried.
	 */
	@Bean
	FilterRegistrationBean<SignInThrottleFilter> signInThrottleFilter(SignInThrottle throttle) {
		FilterRegistrationBean<SignInThrottleFilter> registration = new FilterRegistrationBean<>(
				new SignInThrottleFilter(throttle));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/**
	 * Runs just inside the security filter chain, once the signed-in user is known.
	 */
	@Bean
	FilterRegistrationBean<AccountStandingFilter> accountStandingFilter(UserAccountRepository accounts) {
		FilterRegistrationBean<AccountStandingFilter> registration = new FilterRegistrationBean<>(
				new AccountStandingFilter(accounts));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SignedInUserLogContext> signedInUserLogContext() {
		FilterRegistrationBean<SignedInUserLogContext> registration = new FilterRegistrationBean<>(
				new SignedInUserLogContext());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

}
