package org.unoda.poa.web.layout;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.unoda.poa.web.security.CurrentViewer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_PARAMETER = "lang";

	private final LanguagePreference languagePreference;

	WebConfiguration(LanguagePreference languagePreference) {
		this.languagePreference = languagePreference;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new UnLanguageLocaleResolver();
	}

	/**
	 * {@code ?lang=fr} on any page switches the language, and a signed-in person's account
	 * remembers it.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LANGUAGE_PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(this.languagePreference);
	}

	/**
	 * The platform's own styles and scripts and the WebJars (Bootstrap, htmx), each under its
	 * own path, in place of Spring Boot's mapping of every path ({@code /**}) to the static files
	 * ({@code spring.web.resources.add-mappings=false}). With that mapping, every link a page
	 * renders (to a report, a meeting, a contact) was first looked for among the files in the
	 * jar, and not finding it is not remembered: most of the work of a page
	 * (docs/benchmarks.md).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		// a link without the version (/webjars/bootstrap/css/bootstrap.min.css) is written with it
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentViewer());
	}

}
