package org.unoda.poa.core.communication;

/**
 * Thrown by a {@link CheckMailer} when a message could not be handed to the mail server.
 */
public class MailNotSentException extends RuntimeException {

	private final boolean permanent;

	public MailNotSentException(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	/**
	 * Whether the server refused this message for good (an unknown address), as opposed to
	 * being unreachable for now; only a permanent refusal makes a message undelivered.
	 */
	public boolean isPermanent() {
		return this.permanent;
	}

}
