package vn.vidan.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import vn.vidan.web.DatabaseUnavailable;

/**
 * A refused sign-in goes back to the sign-in page with its message; but when the accounts could not be read because the
 * database is out of reach, the person gets the error page with 503 and {@code Retry-After}, not "wrong password".
 */
class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

	SignInFailures(String failureUrl) {
		super(failureUrl);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (DatabaseUnavailable.causedBy(exception)) {
			response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
