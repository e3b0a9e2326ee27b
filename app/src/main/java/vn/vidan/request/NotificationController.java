package vn.vidan.request;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.org.OrgDirectory;

/** What the signed-in officer has been told about dossiers: deadline warnings and breaches for their groups. */
@RestController
class NotificationController {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgDirectory directory;

	NotificationController(NamedParameterJdbcTemplate jdbc, OrgDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@GetMapping("/api/requests/notifications")
	List<Notification> mine(Principal user) {
		List<String> recipients = new ArrayList<>(List.of(user.getName()));
		directory.snapshot().officer(user.getName()).ifPresent(officer ->
				recipients.addAll(directory.snapshot().groupIdsOf(officer)));
		return jdbc.query(
				"SELECT receipt_code, kind, message, created_at FROM req_notification WHERE recipient IN (:recipients) "
						+ "ORDER BY created_at DESC, id LIMIT 200",
				new MapSqlParameterSource("recipients", recipients),
				(row, i) -> new Notification(row.getString(1), row.getString(2), row.getString(3),
						row.getTimestamp(4).toInstant()));
	}

	record Notification(String receiptCode, String kind, String message, Instant at) {
	}

}
