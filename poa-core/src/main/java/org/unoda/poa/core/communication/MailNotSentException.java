package org.unoda.poa.core.communication;

/**
 * Thrown by a {@link CheckMailer} when a message could not be handed to the mail server.
 */
public class MailNotSentException extends RuntimeException {

	public MailNotSentException(String message, Throwable cause) {
		super(message, cause);
	}

}
