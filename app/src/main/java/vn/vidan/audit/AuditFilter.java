package vn.vidan.audit;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;


/**
 * Writes one audit event for every state-changing call (POST, PUT, PATCH, DELETE) to the APIs and the Camunda REST
 * API, and for every read of personal data: dossiers, their papers, the people of a unit, process and task variables.
 * Runs after sign-in, so the actor is known; stamped with the wall clock, never a test's fake engine clock; failures
 * to audit are logged, never hidden.
 */
class AuditFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

	private static final Pattern AUDITED_PATHS = Pattern.compile("^/(api|engine-rest|camunda/api)/.*");

	private static final Pattern SENSITIVE_READS = Pattern.compile("^/api/requests/[^/]+(/.*)?$|^/api/tips(/.*)?$"
			+ "|^/api/org/units/[^/]+/people$|^/api/org/officers/.*|^/api/audit.*|.*/variables(/.*)?$");

	/** Whoever reports a tip through the portal may be protected by law: their address is not kept. */
	private static final String PUBLIC_TIPS = "/api/public/tips";

	private final JdbcTemplate jdbc;

	AuditFilter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (isAudited(request.getMethod(), path)) {
				write(request, response, path);
			}
		}
	}

	static boolean isAudited(String method, String path) {
		if (!AUDITED_PATHS.matcher(path).matches()) {
			return false;
		}
		boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
		return !read || SENSITIVE_READS.matcher(path).matches();
	}

	private void write(HttpServletRequest request, HttpServletResponse response, String path) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String actor = user == null || user instanceof AnonymousAuthenticationToken ? "anonymous" : user.getName();
		String resource = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		try {
			jdbc.update(
					"INSERT INTO audit_event (id, at, actor, action, resource, outcome, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?)",
					UUID.randomUUID().toString(), Timestamp.from(Instant.now()), actor, request.getMethod(),
					resource.length() > 300 ? resource.substring(0, 300) : resource, response.getStatus(),
					path.startsWith(PUBLIC_TIPS) ? "withheld" : request.getRemoteAddr());
		}
		catch (RuntimeException e) {
			log.error("Could not write the audit event for {} {} by {}", request.getMethod(), resource, actor, e);
		}
	}

}
