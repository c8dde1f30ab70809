package org.unoda.poa.core.communication;

/**
 * Thrown when a check would target no contact at all.
 */
public class NothingToCheckException extends RuntimeException {

	public NothingToCheckException() {
		super("no active contact matches the check's scope");
	}

}
