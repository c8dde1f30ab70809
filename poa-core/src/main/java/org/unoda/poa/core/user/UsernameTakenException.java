package org.unoda.poa.core.user;

/**
 * Thrown when a new account would take a username that is already in use.
 */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("username " + username + " is already taken");
	}

}
