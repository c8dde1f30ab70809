package org.unoda.poa.web.availability;

import java.sql.SQLException;

import jakarta.servlet.ServletException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failures seen while PostgreSQL went away, as the application received them.
 */
class DatabaseFailuresTests {

	@Test
	void theServerShuttingDownIsAFailureToReachIt() {
		SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
		assertThat(DatabaseFailures.isUnreachable(new ServletException("Request processing failed",
				new JpaSystemException(new RuntimeException("JDBC exception executing SQL", shutdown))))).isTrue();
	}

	@Test
	void aRollbackThatFailsOnAClosedConnectionIsAFailureToReachIt() {
		// what replaced the server's own message when the server went away mid-transaction
		JpaSystemException rollback = new JpaSystemException(
				new TransactionException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(DatabaseFailures.isUnreachable(new ServletException("Request processing failed", rollback))).isTrue();
	}

	@Test
	void aSuppressedConnectionFailureCounts() {
		IllegalStateException failure = new IllegalStateException("while closing");
		failure.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
		assertThat(DatabaseFailures.isUnreachable(failure)).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseFailures.isUnreachable(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseFailures.isUnreachable(new SQLException("duplicate key value", "23505"))).isFalse();
		assertThat(DatabaseFailures.isUnreachable(new JpaSystemException(new RuntimeException("constraint")))).isFalse();
	}

}
