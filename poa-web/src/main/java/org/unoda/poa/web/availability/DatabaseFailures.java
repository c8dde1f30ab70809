package org.unoda.poa.web.availability;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.TransactionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (no connection to be had, the server shutting down or
 * gone) from every other failure. The causes and the suppressed exceptions are all looked at:
 * when the server goes away in the middle of a transaction, the failure to roll it back may
 * replace the one that said why.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	static boolean isUnreachable(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> toLook = new ArrayDeque<>();
		toLook.add(failure);
		while (!toLook.isEmpty()) {
			Throwable cause = toLook.poll();
			if (!seen.add(cause)) {
				continue;
			}
			if (isConnectionFailure(cause)) {
				return true;
			}
			if (cause.getCause() != null) {
				toLook.add(cause.getCause());
			}
			Collections.addAll(toLook, cause.getSuppressed());
		}
		return false;
	}

	private static boolean isConnectionFailure(Throwable cause) {
		if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
				|| cause instanceof DataAccessResourceFailureException
				|| cause instanceof SQLTransientConnectionException) {
			return true;
		}
		// a transaction that cannot be committed or rolled back on its connection: the connection
		// is gone (Hikari then says only "Connection is closed", without an SQL state)
		if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
			return true;
		}
		return cause instanceof SQLException sql && isConnectionState(sql.getSQLState());
	}

	/**
	 * SQL states of class 08 (connection exception) and PostgreSQL's 57P01 to 57P03 (the server
	 * is shutting down, crashed, or cannot take connections yet).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

}
