package org.unoda.poa.web.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells the database who is making the changes: each connection taken from the pool first sets
 * {@code poa.actor} to the signed-in username of the request being served, or to nothing for
 * the platform itself (scheduled work, start-up, the sign-in machinery), and the
 * audit trail's triggers read it. A pooled connection serves one person at a time, and the
 * setting is made anew at every checkout, so it never carries over to the next person.
 */
class AuditActors implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ActorSettingDataSource)) {
			return new ActorSettingDataSource(dataSource);
		}
		return bean;
	}

	/**
	 * The signed-in username of the request the current thread serves, once security has
	 * decided who it is; set by {@link AuditActorFilter}. Never read from the security context
	 * here: resolving it may load the session, which takes a connection, which asks again.
	 */
	private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

	static String current() {
		String actor = ACTOR.get();
		return (actor != null) ? actor : "";
	}

	static void set(String username) {
		ACTOR.set(username);
	}

	static void clear() {
		ACTOR.remove();
	}

	static final class ActorSettingDataSource extends DelegatingDataSource {

		ActorSettingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return withActor(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return withActor(super.getConnection(username, password));
		}

		private static Connection withActor(Connection connection) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement("select set_config('poa.actor', ?, false)")) {
				statement.setString(1, current());
				statement.execute();
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
			return connection;
		}

	}

}
