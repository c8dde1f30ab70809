package org.unoda.poa.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the integration tests run against besides PostgreSQL: a real SMTP server in the test
 * JVM, whose received messages tests read, and a clock they can move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	/** The port of the test SMTP server, also set as {@code spring.mail.port}. */
	public static final int SMTP_PORT = 3025;

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
