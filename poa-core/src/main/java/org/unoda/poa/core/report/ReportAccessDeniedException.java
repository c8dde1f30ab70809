package org.unoda.poa.core.report;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when a viewer asks for a report they may not read. Pages answer 403, the API a
 * problem with status 403.
 */
public class ReportAccessDeniedException extends AccessDeniedException {

	public ReportAccessDeniedException(Long id) {
		super("not allowed to read report " + id);
	}

}
