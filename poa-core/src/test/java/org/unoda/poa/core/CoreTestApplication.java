package org.unoda.poa.core;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * Boots the core module alone for its tests, named explicitly by each test. Deliberately not
 * a {@code @SpringBootConfiguration}: the application's component scan must never pick it up
 * when these test classes are on the classpath (the dev-time launcher, an IDE).
 */
@EnableAutoConfiguration
@ComponentScan
public class CoreTestApplication {

}
