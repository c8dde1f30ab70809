package org.unoda.poa.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web application.
 *
 * @param baseUrl the address users reach the platform at, used in links sent out of band
 * (set-password links, e-mails)
 * @param mailFrom the sender of the platform's e-mails
 */
@ConfigurationProperties("poa.web")
public record WebSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("PoA Secretariat <no-reply@poa.localhost>") String mailFrom) {

}
