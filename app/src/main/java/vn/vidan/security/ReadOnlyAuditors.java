package vn.vidan.security;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Auditors read everything and change nothing, whichever door they use ({@code /api}, Camunda's REST API and
 * webapps, the workspace pages): every request that is not a read is a 403 before it reaches a controller, a filter
 * or the engine, unless the auditor is also an administrator. A read here is a safe method, signing out, choosing the
 * language, and the queries Camunda's REST API takes by POST. Runs in Spring Security's chain right after the
 * authorization rules, so the refusal is the usual problem+json 403 (a page for the browser).
 */
class ReadOnlyAuditors extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/** Camunda's queries sent by POST (a JSON query in the body): they read, they change nothing. */
	private static final Pattern ENGINE_QUERY = Pattern.compile(
			"(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/(?:(?:task|process-instance|execution|variable-instance|job|incident|external-task|case-instance)(?:/count)?|history/[a-z-]+(?:/count)?|filter/[^/]+/(?:list|count))/?");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (SAFE.contains(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/logout") || path.endsWith("/logout") || path.equals("/language")
				|| ENGINE_QUERY.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && has(user, "ROLE_AUDITOR") && !has(user, "ROLE_ADMIN")) {
			throw new AccessDeniedException("Auditors read, they do not write");
		}
		chain.doFilter(request, response);
	}

	private static boolean has(Authentication user, String role) {
		return user.getAuthorities().stream().anyMatch(authority -> role.equals(authority.getAuthority()));
	}

}
