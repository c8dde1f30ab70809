package org.unoda.poa.core.report;

/**
 * Thrown when a report is asked to make a step its status does not allow, such as submitting
 * a draft nobody sent for review. Pages show the message; the API answers 409.
 */
public class ReportWorkflowException extends RuntimeException {

	private final String messageKey;

	public ReportWorkflowException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
