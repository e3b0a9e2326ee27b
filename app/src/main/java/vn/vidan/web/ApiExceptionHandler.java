package vn.vidan.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of our API into {@code application/problem+json} with a sentence a person can act on. Spring's
 * own errors (missing parameter, unknown path, wrong method) keep their status; bad values and bodies get a clearer
 * detail; anything unexpected is logged and answered 500 without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		Class<?> type = e.getRequiredType();
		String expected = type != null && type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants())
				: "a valid " + (type == null ? "value" : type.getSimpleName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + e.getName() + "' is '" + e.getValue() + "', but must be " + expected + ".");
		problem.setTitle("Invalid parameter");
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.getConstraintViolations()
			.forEach(violation -> errors.put(violation.getPropertyPath().toString(), violation.getMessage()));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some values are not valid: " + errors);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your account may not do this. Ask an administrator if you need it.");
		problem.setTitle("Not allowed");
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected failure", e);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, tell the administrator the time it happened.");
		problem.setTitle("Internal error");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.getBindingResult().getFieldErrors().forEach(error -> errors.put(error.getField(), error.getDefaultMessage()));
		e.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.put(error.getObjectName(), error.getDefaultMessage()));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are not valid: " + errors);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** Method validation: constraints on path variables and parameters, and on bodies of such methods. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.getBeanResults()
			.forEach(result -> result.getFieldErrors()
				.forEach(error -> errors.put(error.getField(), error.getDefaultMessage())));
		e.getValueResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.put(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some values are not valid: " + errors);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or is not valid JSON of the expected shape: "
						+ rootMessage(e));
		problem.setTitle("Unreadable request");
		return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is nothing at /" + e.getResourcePath() + ". The API is described at /swagger-ui.html.");
		problem.setTitle("Not found");
		return handleExceptionInternal(e, problem, headers, HttpStatus.NOT_FOUND, request);
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : root.getMessage();
		int detailStart = message.indexOf(" at [Source");
		return (detailStart > 0 ? message.substring(0, detailStart) : message).trim();
	}

}
