package org.unoda.poa.core.user;

/**
 * Thrown when a new password breaks the {@link PasswordPolicy}.
 */
public class PasswordRejectedException extends RuntimeException {

	private final String messageKey;

	public PasswordRejectedException(String messageKey) {
		super("password rejected: " + messageKey);
		this.messageKey = messageKey;
	}

	/**
	 * The message key naming the rule the password broke.
	 */
	public String getMessageKey() {
		return this.messageKey;
	}

}
