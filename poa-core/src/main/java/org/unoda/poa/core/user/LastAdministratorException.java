package org.unoda.poa.core.user;

/**
 * Thrown when a change would leave the platform without an active administrator.
 */
public class LastAdministratorException extends RuntimeException {

	public LastAdministratorException() {
		super("the last active administrator cannot be disabled or given another role");
	}

}
