package org.unoda.poa.web.api;

/**
 * Thrown by API handlers when a field is well-formed but not acceptable, e.g. a State code
 * that names no State. Answered as 422 with the field in {@code errors}.
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
