package org.unoda.poa.web.layout;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.unoda.poa.core.report.ReportWorkflowException;
import org.unoda.poa.reporting.template.TemplateChangeRefusedException;
import org.unoda.poa.core.NotFoundException;

/**
 * Turns what the domain says into the friendly error pages. Access refusals are left to
 * Spring Security, which sends the signed-out to the sign-in page and the others to 403.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageExceptions {

	@ExceptionHandler({ ReportWorkflowException.class, TemplateChangeRefusedException.class })
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * A form that uploads a file, posted without one (not as multipart): a bad request, not a
	 * failure of the platform.
	 */
	@ExceptionHandler(MultipartException.class)
	void notAnUpload(MultipartException ex, HttpServletResponse response) throws IOException {
		response.sendError((ex instanceof MaxUploadSizeExceededException) ? HttpStatus.CONTENT_TOO_LARGE.value()
				: HttpStatus.BAD_REQUEST.value());
	}

}
