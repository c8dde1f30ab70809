package org.unoda.poa.core;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Boots the core module alone for its tests, named explicitly by each test. Deliberately not
 * a {@code @SpringBootConfiguration}: the application's component scan must never pick it up
 * when these test classes are on the class path (the dev-time launcher, an IDE). Scans like
 * {@code @SpringBootApplication} does, so that test slices keep only what they need.
 */
@EnableAutoConfiguration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class CoreTestApplication {

}
