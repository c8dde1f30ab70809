package org.unoda.poa.core;

/**
 * Thrown when a value breaks a rule only the domain can check (a code already taken, a date
 * before another). Pages show the message next to the field; the API answers 422 naming it.
 */
public class FieldRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public FieldRejectedException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
