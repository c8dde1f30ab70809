package org.unoda.poa.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application against a fresh PostgreSQL and a real SMTP server, driven through
 * MockMvc, with a clock tests can move. Periodic jobs are off: tests run them when they want.
 * Every test class using it shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "poa.scheduling.enabled=false", "poa.security.secret-key=integration-tests-only" })
@AutoConfigureMockMvc
@Import({ TestData.class, TestInfrastructure.class })
public @interface PoaIntegrationTest {

}
