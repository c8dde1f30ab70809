package org.unoda.poa.reporting.template;

/**
 * Thrown when a template change is not allowed: a published edition is frozen, an edition
 * without questions cannot be published, a second draft cannot be started.
 */
public class TemplateChangeRefusedException extends RuntimeException {

	private final String messageKey;

	TemplateChangeRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
