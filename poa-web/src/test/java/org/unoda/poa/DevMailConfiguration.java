package org.unoda.poa;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Catches the platform's e-mails during development and shows them at {@code /dev/mailbox}
 * (any signed-in user), so that acknowledgement links can be followed without a mail server.
 * Listens on the port the platform sends to by default (1025, as Mailpit does); if something
 * already listens there, that server gets the mail instead.
 */
@TestConfiguration(proxyBeanMethods = false)
class DevMailConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(DevMailConfiguration.class);

	@Bean(destroyMethod = "stop")
	GreenMail devMailServer() {
		GreenMail greenMail = new GreenMail(new ServerSetup(1025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		try {
			greenMail.start();
			logger.info("Development mailbox: e-mails sent by the platform are shown at /dev/mailbox");
		}
		catch (RuntimeException ex) {
			logger.info("Port 1025 is taken; e-mails go to the mail server already listening there");
		}
		return greenMail;
	}

	@Bean
	RouterFunction<ServerResponse> devMailbox(GreenMail devMailServer) {
		return RouterFunctions.route()
			.GET("/dev/mailbox", request -> ServerResponse.ok()
				.contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
				.body(page(Arrays.asList(devMailServer.getReceivedMessages()))))
			.build();
	}

	private static String page(List<MimeMessage> messages) throws Exception {
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Development mailbox</title>
				<link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
				<body><main class="container py-4"><h1>Development mailbox</h1>
				<p>E-mails the platform sent since it started, newest first. Not part of the product.</p>
				""");
		for (int i = messages.size() - 1; i >= 0; i--) {
			MimeMessage message = messages.get(i);
			String body = HtmlUtils.htmlEscape(String.valueOf(message.getContent()))
				.replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>");
			html.append("<article class=\"border rounded p-3 mb-3\"><h2 class=\"h6\">")
				.append(HtmlUtils.htmlEscape(message.getSubject()))
				.append("</h2><p class=\"small\">To: ")
				.append(HtmlUtils.htmlEscape(Arrays.toString(message.getAllRecipients())))
				.append("</p><pre style=\"white-space: pre-wrap\">")
				.append(body)
				.append("</pre></article>");
		}
		return html.append("</main></body></html>").toString();
	}

}
