package org.unoda.poa.core.user;

/**
 * Thrown when a set-password link is unknown, used or expired. The three are not told apart
 * so the message gives nothing away.
 */
public class InvalidPasswordLinkException extends RuntimeException {

	public InvalidPasswordLinkException() {
		super("the set-password link is unknown, already used or expired");
	}

}
