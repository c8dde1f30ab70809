package org.unoda.poa.core.testing;

import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at a fresh database from {@link TestDatabase}. Registered
 * in {@code META-INF/spring.factories}, so no test has to remember it.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new FreshDatabase();
	}

	private static final class FreshDatabase implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase.Details database = TestDatabase.createDatabase();
			TestPropertyValues
				.of("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
						"spring.datasource.password=" + database.password(), "spring.test.database.replace=none")
				.applyTo(context);
		}

		// one kind of customizer for every test, so it never splits the context cache
		@Override
		public boolean equals(Object other) {
			return other instanceof FreshDatabase;
		}

		@Override
		public int hashCode() {
			return FreshDatabase.class.hashCode();
		}

	}

}
