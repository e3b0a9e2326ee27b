package vn.vidan.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * For features that must leave more in the audit log than the HTTP call the filter records: a reveal of a reporter's
 * identity carries its reason. Written in the caller's transaction, so the event and the act stand or fall together.
 */
@Service
public class AuditTrail {

	private final JdbcTemplate jdbc;

	AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String resource, String detail) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String actor = user == null || user instanceof AnonymousAuthenticationToken ? "anonymous" : user.getName();
		jdbc.update(
				"INSERT INTO audit_event (id, at, actor, action, resource, outcome, remote_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), Timestamp.from(Instant.now()), actor, action, resource, 200,
				remoteAddress(), detail.length() > 1000 ? detail.substring(0, 1000) : detail);
	}

	/** The caller's address, or "-" outside a web request (a job, a test). */
	public static String remoteAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
				? web.getRequest().getRemoteAddr() : "-";
	}

}
