package vn.vidan.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of our API into {@code application/problem+json} with a sentence a person can act on, in the
 * caller's language ({@code Accept-Language}; Vietnamese by default), from {@code i18n/problems_*.properties}. Our own
 * {@link ProblemException}s name their message; Spring's errors (missing parameter, wrong method, unknown path, bad
 * values and bodies) read {@code problemDetail.<exception class>} or ours, and any status without words of its own
 * gets its status's. Submitted values are never echoed: a message names the field, never what was typed in it. A
 * database that cannot be reached is a 503 with {@code Retry-After} ({@link DatabaseUnavailable}); anything else
 * unexpected is logged and answered 500 without internals.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final int BUSY_RETRY_SECONDS = 5;

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** Value types with words of their own ({@code problem.web.type.<name>}). */
	private static final Map<Class<?>, String> NAMED_TYPES = Map.ofEntries(Map.entry(LocalDate.class, "date"),
			Map.entry(LocalTime.class, "time"), Map.entry(Instant.class, "instant"),
			Map.entry(OffsetDateTime.class, "instant"), Map.entry(ZonedDateTime.class, "instant"),
			Map.entry(Duration.class, "duration"), Map.entry(Integer.class, "number"), Map.entry(int.class, "number"),
			Map.entry(Long.class, "number"), Map.entry(long.class, "number"), Map.entry(Boolean.class, "boolean"),
			Map.entry(boolean.class, "boolean"));

	private final ProblemMessages problems;

	ApiExceptionHandler(ProblemMessages problems, MessageSource messages) {
		this.problems = problems;
		setMessageSource(messages);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
		return answer(e, problems.body(new ProblemException(HttpStatus.BAD_REQUEST, "web.invalidParameter", e.getName(),
				expected(e.getRequiredType()))), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException e, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.getConstraintViolations()
			.forEach(violation -> errors.put(violation.getPropertyPath().toString(), violation.getMessage()));
		return answer(e, invalid(errors), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException e, WebRequest request) {
		return answer(e, problems.body(new ProblemException(HttpStatus.FORBIDDEN, "security.forbidden")), request);
	}

	/**
	 * A row another request holds too long (a burst of intakes on one unit's counter, a deadlock): nothing was
	 * changed, so the caller may simply try again shortly.
	 */
	@ExceptionHandler(PessimisticLockingFailureException.class)
	ResponseEntity<Object> busy(PessimisticLockingFailureException e, WebRequest request) {
		log.warn("Answered 503 on a lock wait: {}", e.getMostSpecificCause().getMessage());
		ProblemException busy = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "web.busy", BUSY_RETRY_SECONDS)
			.retryAfter(BUSY_RETRY_SECONDS);
		return handleExceptionInternal(e, problems.body(busy), busy.getHeaders(), HttpStatus.SERVICE_UNAVAILABLE,
				request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
		if (DatabaseUnavailable.causedBy(e)) {
			log.warn("Database unavailable: {}", e.toString());
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			return handleExceptionInternal(e, problems.body(DatabaseUnavailable.problem()), headers,
					HttpStatus.SERVICE_UNAVAILABLE, request);
		}
		log.error("Unexpected failure", e);
		return answer(e,
				problems.body(new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "web.internalError")), request);
	}

	private ResponseEntity<Object> answer(Exception e, ProblemDetail body, WebRequest request) {
		return handleExceptionInternal(e, body, new HttpHeaders(), HttpStatusCode.valueOf(body.getStatus()), request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.getBindingResult().getFieldErrors().forEach(error -> errors.put(error.getField(), error.getDefaultMessage()));
		e.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.put(error.getObjectName(), error.getDefaultMessage()));
		return handleExceptionInternal(e, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
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
		return handleExceptionInternal(e, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	/** A body that is no JSON, or JSON of the wrong shape: where, and what was expected, but never the value sent. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		BodySizeFilter.BodyTooLargeException tooLarge = BodySizeFilter.find(e);
		if (tooLarge != null) {
			return handleExceptionInternal(e, problems.body(tooLarge.problem()), headers, HttpStatus.PAYLOAD_TOO_LARGE,
					request);
		}
		ProblemException problem;
		if (JsonProblems.duplicateKey(e)) {
			problem = new ProblemException(HttpStatus.BAD_REQUEST, "web.duplicateKey");
		}
		else if (JsonProblems.malformed(e)) {
			problem = new ProblemException(HttpStatus.BAD_REQUEST, "web.notJson");
		}
		else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			Class<?> target = mapping instanceof InvalidFormatException format ? format.getTargetType() : null;
			problem = new ProblemException(HttpStatus.BAD_REQUEST, "web.unreadableField", field, expected(target));
			problem.with("field", field);
		}
		else {
			problem = new ProblemException(HttpStatus.BAD_REQUEST,
					e.getCause() instanceof StreamReadException ? "web.notJson" : "web.unreadableBody");
		}
		return handleExceptionInternal(e, problems.body(problem), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(e,
				problems.body(new ProblemException(HttpStatus.NOT_FOUND, "web.notFound", "/" + e.getResourcePath())),
				headers, HttpStatus.NOT_FOUND, request);
	}

	/**
	 * Every other error of Spring MVC reads {@code problemDetail.title.<class>} and {@code problemDetail.<class>};
	 * one we have no words for gets those of its status ({@code problem.web.status.<code>}, else
	 * {@code problem.web.status.other}), never English from the framework.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Object answer = body;
		if (answer == null && e instanceof ErrorResponse error) {
			answer = spoken(error);
		}
		HttpHeaders withLanguage = new HttpHeaders();
		if (headers != null) {
			withLanguage.putAll(headers);
		}
		withLanguage.set(HttpHeaders.CONTENT_LANGUAGE, ProblemMessages.locale().toLanguageTag());
		return super.handleExceptionInternal(e, answer, withLanguage, status, request);
	}

	private ProblemDetail spoken(ErrorResponse error) {
		Locale locale = ProblemMessages.locale();
		MessageSource messages = getMessageSource();
		ProblemDetail body = error.updateAndGetBody(messages, locale);
		if (error instanceof ProblemException) {
			return body;
		}
		String status = ProblemException.PREFIX + "web.status." + error.getStatusCode().value();
		String other = ProblemException.PREFIX + "web.status.other";
		if (messages.getMessage(error.getTitleMessageCode(), null, null, locale) == null) {
			body.setTitle(problems.text(new DefaultMessageSourceResolvable(
					new String[] { status + ".title", other + ".title" }, null, null)));
		}
		if (messages.getMessage(error.getDetailMessageCode(), error.getDetailMessageArguments(messages, locale), null,
				locale) == null) {
			body.setDetail(problems.text(new DefaultMessageSourceResolvable(
					new String[] { status + ".detail", other + ".detail" }, null, null)));
		}
		return body;
	}

	private ProblemDetail invalid(Map<String, String> errors) {
		String listed = errors.entrySet()
			.stream()
			.map(error -> error.getKey() + ": " + error.getValue())
			.collect(Collectors.joining("; "));
		ProblemException problem = new ProblemException(HttpStatus.BAD_REQUEST, "web.invalidInput", listed);
		problem.with("errors", errors);
		return problems.body(problem);
	}

	/** What a value of this type looks like, in words: the allowed values of an enum, a date's pattern, a number. */
	private static MessageSourceResolvable expected(Class<?> type) {
		if (type != null && type.isEnum()) {
			return ProblemException.phrase("web.type.enum",
					Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
		}
		String name = type == null ? "other" : NAMED_TYPES.getOrDefault(type, "other");
		return new DefaultMessageSourceResolvable(
				new String[] { ProblemException.PREFIX + "web.type." + name, ProblemException.PREFIX + "web.type.other" },
				null, null);
	}

}
