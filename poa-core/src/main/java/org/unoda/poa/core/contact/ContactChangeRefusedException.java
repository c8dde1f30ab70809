package org.unoda.poa.core.contact;

/**
 * Thrown when a change does not fit where the contact stands, e.g. verifying a withdrawn one.
 */
public class ContactChangeRefusedException extends RuntimeException {

	private final String messageKey;

	public ContactChangeRefusedException(String messageKey) {
		super("contact change refused: " + messageKey);
		this.messageKey = messageKey;
	}

	/**
	 * The message key explaining the refusal.
	 */
	public String getMessageKey() {
		return this.messageKey;
	}

}
