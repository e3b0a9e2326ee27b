package vn.vidan.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last net for a database that cannot be reached: a failure that escapes every handler (a filter that writes the
 * audit trail, the sign-in's user look-up, anything outside Spring MVC and Camunda's REST API) becomes 503 with
 * {@code Retry-After}, as problem+json for APIs and as the error page for pages, instead of a 500. It sits right inside
 * {@link ApiLocaleFilter}, so the problem speaks the caller's language.
 */
@Component
@Order(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 103)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final Pattern APIS = Pattern.compile("^/(api|engine-rest|camunda/api|actuator)(/.*)?$");

	private final ProblemMessages problems;

	DatabaseUnavailableFilter(ProblemMessages problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
				throw failure;
			}
			log.warn("Database unavailable: {}", failure.toString());
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			if (APIS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
				problems.write(request, response, DatabaseUnavailable.problem());
			}
			else {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}
	}

}
