package vn.vidan.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import vn.vidan.web.DatabaseUnavailable;
import vn.vidan.web.ProblemException;
import vn.vidan.web.ProblemMessages;

/**
 * 401 and 403 for APIs, as problem+json like every other API error, in the caller's language; 503 with
 * {@code Retry-After} when the accounts could not be read because the database is out of reach.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemMessages problems;

	ProblemResponses(ProblemMessages problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (DatabaseUnavailable.causedBy(e)) { // the accounts could not be read: not the caller's fault
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			problems.write(request, response, DatabaseUnavailable.problem());
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Vidan\"");
		problems.write(request, response, new ProblemException(HttpStatus.UNAUTHORIZED, "security.signInRequired"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		problems.write(request, response, new ProblemException(HttpStatus.FORBIDDEN, "security.forbidden"));
	}

}
