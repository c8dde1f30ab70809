package org.unoda.poa.web.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI poaOpenApi() {
		return new OpenAPI().info(new Info().title("PoA Secretariat Platform API")
			.version("v1")
			.description("Read the States list, national reports and more. Requests are made as the signed-in "
					+ "user (session cookie); what each user may see follows the same rules as the pages. "
					+ "Errors are application/problem+json (RFC 9457)."));
	}

}
