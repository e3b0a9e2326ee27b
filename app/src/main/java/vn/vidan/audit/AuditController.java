package vn.vidan.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.web.DateBounds;

/** The audit log, for auditors and administrators; it can be read, never changed. */
@RestController
class AuditController {

	private final JdbcTemplate jdbc;

	AuditController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/audit")
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	List<AuditEvent> events(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) String actor) {
		DateBounds.check("from", from);
		DateBounds.check("to", to);
		String sql = "SELECT at, actor, action, resource, outcome, remote_address, detail FROM audit_event WHERE at >= ? AND at < ?"
				+ (actor == null ? "" : " AND actor = ?") + " ORDER BY at DESC, id LIMIT 1000";
		Object[] args = actor == null ? new Object[] { ts(from), ts(to.plusDays(1)) }
				: new Object[] { ts(from), ts(to.plusDays(1)), actor };
		return jdbc.query(sql, (row, i) -> new AuditEvent(row.getTimestamp(1).toInstant(), row.getString(2),
				row.getString(3), row.getString(4), row.getInt(5), row.getString(6), row.getString(7)), args);
	}

	private static java.sql.Timestamp ts(LocalDate day) {
		return java.sql.Timestamp.from(day.atStartOfDay(ZoneOffset.ofHours(7)).toInstant());
	}

	record AuditEvent(Instant at, String actor, String action, String resource, int outcome, String from,
			String detail) {
	}

}
