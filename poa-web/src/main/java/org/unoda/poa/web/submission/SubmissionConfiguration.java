package org.unoda.poa.web.submission;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

@Configuration(proxyBeanMethods = false)
class SubmissionConfiguration {

	/**
	 * Decorates Spring Security's processor, which puts the CSRF token in every form, so that
	 * forms that post get a submission token too.
	 */
	@Bean
	static BeanPostProcessor submissionTokens() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(beanName))
						? new SubmissionTokens(processor) : bean;
			}

		};
	}

	/**
	 * After the security filter chain: a request refused there (no CSRF token, not signed in)
	 * claims nothing.
	 */
	@Bean
	FilterRegistrationBean<DuplicateSubmissionFilter> duplicateSubmissionFilter(FormSubmissions submissions) {
		FilterRegistrationBean<DuplicateSubmissionFilter> registration = new FilterRegistrationBean<>(
				new DuplicateSubmissionFilter(submissions));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 3);
		return registration;
	}

}
