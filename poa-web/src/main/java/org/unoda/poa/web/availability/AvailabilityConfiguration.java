package org.unoda.poa.web.availability;

import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class AvailabilityConfiguration {

	/**
	 * Ahead of Spring Session's filter, which is the first to read the database. What it needs
	 * to write the page is looked up when a page is first written: filters are created with
	 * the web server, before the beans that reach the database.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
			ObjectProvider<SpringTemplateEngine> templates, MessageSource messages,
			ObjectProvider<LocaleResolver> localeResolver, ObjectProvider<JsonMapper> json) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates, messages, localeResolver, json));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
		return registration;
	}

}
