package org.unoda.poa.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.unoda.poa.core.FieldRejectedException;
import org.unoda.poa.core.NotFoundException;
import org.unoda.poa.core.file.RefusedUploadException;
import org.unoda.poa.core.report.ReportWorkflowException;
import org.unoda.poa.core.user.LastAdministratorException;
import org.unoda.poa.core.user.UsernameTakenException;
import org.unoda.poa.reporting.filing.EditConflictException;

/**
 * Answers every API error with an {@code application/problem+json} body (RFC 9457). Invalid
 * fields are listed under {@code errors}, each with the field and a message.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiProblems::describe)
			.toList();
		return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
	}

	private static ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Some fields are not valid.");
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(InvalidFieldException.class)
	ProblemDetail invalidField(InvalidFieldException ex) {
		return invalid(List.of(Map.of("field", ex.getField(), "message", ex.getMessage())));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource.");
	}

	@ExceptionHandler(UsernameTakenException.class)
	ProblemDetail usernameTaken(UsernameTakenException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "That username is already taken.");
	}

	@ExceptionHandler(LastAdministratorException.class)
	ProblemDetail lastAdministrator(LastAdministratorException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This is the last active administrator.");
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail conflict(ObjectOptimisticLockingFailureException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Somebody else changed this in the meantime; reload it and apply your change again.");
	}

	@ExceptionHandler(FieldRejectedException.class)
	ProblemDetail fieldRejected(FieldRejectedException ex, Locale locale) {
		return invalid(List.of(Map.of("field", ex.field(), "message",
				this.messages.getMessage(ex.messageKey(), ex.arguments(), locale))));
	}

	@ExceptionHandler(RefusedUploadException.class)
	ProblemDetail uploadRefused(RefusedUploadException ex, Locale locale) {
		return invalid(List.of(Map.of("field", "file", "message",
				this.messages.getMessage(ex.messageKey(), ex.getArguments(), locale))));
	}

	@ExceptionHandler(ReportWorkflowException.class)
	ProblemDetail workflow(ReportWorkflowException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage(ex.messageKey(), null, locale));
	}

	@ExceptionHandler(EditConflictException.class)
	ProblemDetail editConflict(EditConflictException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Somebody else saved this section in the meantime; reload it and apply your change again.");
	}

	private static Map<String, String> describe(FieldError error) {
		return Map.of("field", error.getField(), "message",
				(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is not valid");
	}

}
