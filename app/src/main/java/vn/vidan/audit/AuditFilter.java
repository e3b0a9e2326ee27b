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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;


/**
 * Writes one audit event for every state-changing call (POST, PUT, PATCH, DELETE) to the APIs and the Camunda REST
 * API, and for every read of personal data: dossiers, their papers, the people of a unit, process and task variables.
 * Runs after sign-in, so the actor is known; stamped with the wall clock, never a test's fake engine clock.
 * <p>
 * A change runs in one transaction with its audit event: the controllers' and the engine's transactions join it, the
 * event is written last, with the answer's status, and the answer reaches the client only after the commit. So a
 * change is never kept without its event, nor answered before both are stored. A refused or failed change (4xx, 5xx,
 * an exception) rolls back, and its event is then written on its own. Reads, and Camunda's long polling (answered
 * later, on another thread), are recorded after the call. Failures to write an event on its own are logged, never
 * hidden.
 */
class AuditFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

	private static final Pattern AUDITED_PATHS = Pattern.compile("^/(api|engine-rest|camunda/api)/.*");

	private static final Pattern SENSITIVE_READS = Pattern.compile("^/api/requests/[^/]+(/.*)?$|^/api/tips(/.*)?$"
			+ "|^/api/org/units/[^/]+/people$|^/api/org/officers/.*|^/api/audit.*|.*/variables(/.*)?$");

	/** Whoever reports a tip through the portal may be protected by law: their address is not kept. */
	private static final String PUBLIC_TIPS = "/api/public/tips";

	/** Camunda's long polling answers later, on another thread: it cannot be held back until a commit. */
	private static final Pattern LONG_POLLING = Pattern.compile(".*/external-task/fetchAndLock$");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	AuditFilter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Thrown through the transaction template to carry a failure of the filter chain out of it. */
	private static final class ChainFailed extends RuntimeException {

		ChainFailed(Exception cause) {
			super(cause);
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!isAudited(request.getMethod(), path)) {
			chain.doFilter(request, response);
		}
		else if (isRead(request.getMethod()) || LONG_POLLING.matcher(path).matches()) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				write(request, response.getStatus(), path);
			}
		}
		else {
			change(request, response, chain, path);
		}
	}

	/** Runs a change and writes its event in one transaction; answers after the commit. */
	private void change(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String path)
			throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		boolean recorded = false;
		try {
			recorded = Boolean.TRUE.equals(transactions.execute(transaction -> {
				try {
					chain.doFilter(request, buffered);
				}
				catch (IOException | ServletException e) {
					throw new ChainFailed(e);
				}
				if (buffered.getStatus() >= 400) {
					transaction.setRollbackOnly();
					return false;
				}
				if (transaction.isRollbackOnly()) {
					// A step failed and rolled everything back, yet the answer says done: never answer that.
					throw new IllegalStateException("Rolled back, but answered " + buffered.getStatus());
				}
				insert(request, buffered.getStatus(), path);
				return true;
			}));
		}
		catch (ChainFailed failed) {
			write(request, failedWith(buffered), path);
			if (failed.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) failed.getCause();
		}
		catch (RuntimeException failed) {
			write(request, failedWith(buffered), path);
			throw failed;
		}
		if (!recorded) {
			write(request, buffered.getStatus(), path);
		}
		buffered.copyBodyToResponse();
	}

	/** The outcome of a change that threw: its error status, else 500 (what the client gets). */
	private static int failedWith(HttpServletResponse response) {
		return response.getStatus() >= 400 ? response.getStatus() : 500;
	}

	private static boolean isRead(String method) {
		return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
	}

	static boolean isAudited(String method, String path) {
		if (!AUDITED_PATHS.matcher(path).matches()) {
			return false;
		}
		return !isRead(method) || SENSITIVE_READS.matcher(path).matches();
	}

	/** The event on its own, after the call; a failure is logged. */
	private void write(HttpServletRequest request, int outcome, String path) {
		try {
			insert(request, outcome, path);
		}
		catch (RuntimeException e) {
			log.error("Could not write the audit event for {} {} by {}", request.getMethod(), resource(request, path),
					actor(), e);
		}
	}

	private void insert(HttpServletRequest request, int outcome, String path) {
		String resource = resource(request, path);
		jdbc.update(
				"INSERT INTO audit_event (id, at, actor, action, resource, outcome, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), Timestamp.from(Instant.now()), actor(), request.getMethod(),
				resource.length() > 300 ? resource.substring(0, 300) : resource, outcome,
				path.startsWith(PUBLIC_TIPS) ? "withheld" : request.getRemoteAddr());
	}

	private static String actor() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null || user instanceof AnonymousAuthenticationToken ? "anonymous" : user.getName();
	}

	private static String resource(HttpServletRequest request, String path) {
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}

}
