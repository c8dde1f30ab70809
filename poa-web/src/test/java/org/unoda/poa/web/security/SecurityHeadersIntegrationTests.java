package org.unoda.poa.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unoda.poa.web.PoaIntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Every page tells the browser to run only the platform's own scripts, never to frame it, and
 * not to guess content types.
 */
@PoaIntegrationTest
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesForbidInlineScriptsAndFraming() throws Exception {
		this.mvc.perform(get("/states"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self';"), containsString("style-src 'self';"),
							containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void theApiDescriptionAllowsInlineStylesButNoInlineScripts() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("style-src 'self' 'unsafe-inline'"), containsString("script-src 'self';"))));
	}

}
