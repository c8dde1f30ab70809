package org.unoda.poa.core.communication;

/**
 * Where one contact's message of a communication check stands.
 */
public enum MessageStatus {

	/** Waiting to be sent. */
	PENDING,
	/** Accepted by the mail server; no answer yet. */
	SENT,
	/** The mail server refused it. */
	FAILED,
	/** The contact followed the link and confirmed receipt. */
	ACKNOWLEDGED;

	public String messageKey() {
		return "messageStatus." + name();
	}

}
