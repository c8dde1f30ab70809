package org.unoda.poa.core.communication;

/**
 * Thrown when an acknowledgement link is unknown or has expired.
 */
public class AcknowledgementRefusedException extends RuntimeException {

	private final boolean expired;

	public AcknowledgementRefusedException(boolean expired) {
		super(expired ? "the acknowledgement link has expired" : "the acknowledgement link is not valid");
		this.expired = expired;
	}

	/**
	 * Whether the link was genuine but too old (as opposed to unknown).
	 */
	public boolean isExpired() {
		return this.expired;
	}

}
