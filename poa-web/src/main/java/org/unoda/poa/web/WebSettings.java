package org.unoda.poa.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web application.
 *
 * @param baseUrl the address users reach the platform at, used in links sent out of band
 * (set-password links, e-mails)
 */
@ConfigurationProperties("poa.web")
public record WebSettings(@DefaultValue("http://localhost:8080") String baseUrl) {

}
