package org.unoda.poa.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What the integration tests run against besides PostgreSQL: a real SMTP server in the test
 * JVM, whose received messages tests read, a clock they can move, and a count of the SQL
 * statements a request sends. Each test context gets its own mail server on a free port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	@Bean
	DynamicPropertyRegistrar mailServerProperties(GreenMail greenMail) {
		return registry -> {
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		};
	}

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
