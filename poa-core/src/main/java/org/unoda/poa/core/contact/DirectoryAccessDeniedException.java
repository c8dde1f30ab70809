package org.unoda.poa.core.contact;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when a viewer reads or changes what the directory's rules do not let them.
 */
public class DirectoryAccessDeniedException extends AccessDeniedException {

	public DirectoryAccessDeniedException(String what) {
		super("not allowed to " + what);
	}

}
