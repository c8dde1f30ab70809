package org.unoda.poa.web.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the database who is making the changes: each connection taken from the pool first sets
 * {@code poa.actor} to the signed-in username, or to nothing for the platform itself, and the
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
	 * The signed-in username behind the current thread, or the empty string.
	 */
	static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "";
		}
		return authentication.getName();
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
