package vn.vidan.request;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.calendar.CalendarSettings;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.web.DateBounds;
import vn.vidan.web.ProblemException;

/**
 * The one-stop desk's count for a period, as administrative-reform reports ask for it: dossiers received, settled
 * early, on time and late, refused, returned, withdrawn and still pending; by channel and service window. A unit
 * counts with every unit under it.
 */
@RestController
class RequestReportController {

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final ZoneId zone;

	private final DossierAccess access;

	RequestReportController(NamedParameterJdbcTemplate jdbc, OrgDirectory directory, CalendarSettings calendar,
			DossierAccess access) {
		this.access = access;
		this.jdbc = jdbc;
		this.directory = directory;
		this.zone = calendar.zone();
	}

	@GetMapping("/api/requests/report")
	Report report(@RequestParam String unit, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		DateBounds.check("from", from);
		DateBounds.check("to", to);
		if (to.isBefore(from)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "report.emptyPeriod", from.toString(), to.toString());
		}
		OrgSnapshot org = directory.snapshot();
		access.check(unit);
		List<String> units = org.subtree(unit);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("units", units)
			.addValue("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		String where = " FROM req_request WHERE unit_code IN (:units) AND received_at >= :from AND received_at < :to";
		Map<String, Long> byStatus = counts("SELECT status, COUNT(*)" + where + " GROUP BY status", params);
		Map<String, Long> byTimeliness = counts(
				"SELECT timeliness, COUNT(*)" + where + " AND timeliness IS NOT NULL GROUP BY timeliness", params);
		Map<String, Long> byChannel = counts("SELECT channel, COUNT(*)" + where + " GROUP BY channel", params);
		Map<String, Long> byWindow = counts(
				"SELECT service_window, COUNT(*)" + where + " AND service_window IS NOT NULL GROUP BY service_window", params);
		long received = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long finished = byStatus.entrySet()
			.stream()
			.filter(entry -> List.of("CLOSED", "REFUSED", "RETURNED", "WITHDRAWN").contains(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		return new Report(unit, from, to, received, byTimeliness.getOrDefault("EARLY", 0L),
				byTimeliness.getOrDefault("ON_TIME", 0L), byTimeliness.getOrDefault("LATE", 0L),
				byStatus.getOrDefault("REFUSED", 0L), byStatus.getOrDefault("RETURNED", 0L),
				byStatus.getOrDefault("WITHDRAWN", 0L), received - finished, byChannel, byWindow);
	}

	private Map<String, Long> counts(String sql, MapSqlParameterSource params) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql, params, row -> {
			counts.put(row.getString(1), row.getLong(2));
		});
		return counts;
	}

	record Report(String unit, LocalDate from, LocalDate to, long received, long early, long onTime, long late,
			long refused, long returned, long withdrawn, long pending, Map<String, Long> byChannel,
			Map<String, Long> byServiceWindow) {
	}

}
