package vn.vidan.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the caller can act on. The API answers it as RFC 7807 {@code application/problem+json} with the given
 * status, title and detail; the detail is the message, so logs and engine errors read the same.
 */
public class ProblemException extends ErrorResponseException {

	public ProblemException(HttpStatus status, String title, String detail) {
		super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
		getBody().setTitle(title);
	}

	/** Adds a property to the problem document, e.g. the offending code. */
	protected final void with(String name, Object value) {
		getBody().setProperty(name, value);
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

}
