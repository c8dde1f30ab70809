package org.unoda.poa.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends, for tests that guard against a page's
 * number of queries growing with its data (N+1). Every connection of the application's data
 * source is watched: statements prepared or created on it by Hibernate, JdbcClient, Spring
 * Session and the rest. MockMvc serves a request on the test's thread, so a count taken around
 * {@code perform} is the request's.
 */
public final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

	/**
	 * The statements the work sent on this thread, in order (the SQL of each, or the method
	 * that created a plain statement).
	 */
	public static List<String> statements(Callable<?> work) throws Exception {
		List<String> sent = new ArrayList<>();
		SENT.set(sent);
		try {
			work.call();
		}
		finally {
			SENT.remove();
		}
		return sent;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
			return new CountingDataSource(dataSource);
		}
		return bean;
	}

	private static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, arguments) -> invoke(connection, method, arguments);
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static Object invoke(Connection connection, Method method, Object[] arguments) throws Throwable {
			List<String> sent = SENT.get();
			if (sent != null && STATEMENTS.contains(method.getName())) {
				sent.add((arguments != null && arguments.length > 0 && arguments[0] instanceof String sql) ? sql
						: method.getName());
			}
			try {
				return method.invoke(connection, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
