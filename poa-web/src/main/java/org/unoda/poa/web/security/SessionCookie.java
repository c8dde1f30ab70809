package org.unoda.poa.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, the same behind a real server and in tests: named after the platform,
 * unreadable by scripts, sent only over HTTPS (except in the demo), not sent with requests
 * from other sites that change things.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	static final String NAME = "POA_SESSION";

	@Bean
	CookieSerializer sessionCookieSerializer(@Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(NAME);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(secure);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
