package vn.vidan.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link RateLimits} before anything else works on a request: every call to {@code /api/public/**}, tips
 * sent from the portal, sign-in form posts, and HTTP Basic sign-ins (a client whose failures emptied its bucket is
 * refused before its password is even checked; each failure is counted).
 */
@Component
@Order(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 102) // after BodySizeFilter, before Spring Security
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	private final ProblemMessages problems;

	RateLimitFilter(RateLimits limits, ProblemMessages problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = request.getRemoteAddr();
		if (limits.unlimited(client)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean post = "POST".equals(request.getMethod());
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		try {
			if (path.startsWith("/api/public/")) {
				limits.count(RateLimits.Kind.PUBLIC_API, client);
				if (post && path.equals("/api/public/tips")) {
					limits.count(RateLimits.Kind.TIP, client);
				}
			}
			if (post && path.equals("/login")) {
				limits.count(RateLimits.Kind.SIGN_IN, client);
			}
			if (basic) {
				limits.check(RateLimits.Kind.SIGN_IN, client);
			}
		}
		catch (ProblemException tooMany) {
			problems.write(request, response, tooMany);
			return;
		}
		chain.doFilter(request, response);
		if (basic && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			try {
				limits.count(RateLimits.Kind.SIGN_IN, client);
			}
			catch (ProblemException alreadyAnswered) {
				// The bucket is now empty: the next attempt is refused before its password is checked.
			}
		}
	}

}
