package org.unoda.poa.core;

/**
 * Thrown when something asked for by its identifier does not exist, or must not be revealed to
 * exist. Pages answer 404 and the API a problem with status 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
