package vn.vidan.tip;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.calendar.CalendarSettings;
import vn.vidan.org.OrgDirectory;
import vn.vidan.web.DateBounds;
import vn.vidan.web.ProblemException;

/**
 * How many tips a unit and the units under it received in a period, and what became of them: by category (as
 * triaged), status and channel; closed, closed in time (before the handling deadline), with a breached deadline,
 * transferred to the investigating agency. Nothing about reporters.
 */
@RestController
class TipReportController {

	record Report(String unit, LocalDate from, LocalDate to, long received, long closed, long closedInTime,
			long breached, long transferred, Map<String, Long> byCategory, Map<String, Long> byStatus,
			Map<String, Long> byChannel) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final TipAccess access;

	private final ZoneId zone;

	TipReportController(NamedParameterJdbcTemplate jdbc, OrgDirectory directory, TipAccess access,
			CalendarSettings calendar) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.access = access;
		this.zone = calendar.zone();
	}

	@GetMapping("/api/tips/report")
	Report report(@RequestParam String unit, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		DateBounds.check("from", from);
		DateBounds.check("to", to);
		if (to.isBefore(from)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "report.emptyPeriod", from.toString(), to.toString());
		}
		if (!directory.snapshot().hasUnit(unit)) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "org.unknownUnit", unit);
		}
		access.checkUnit(unit);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("units", directory.snapshot().subtree(unit))
			.addValue("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		List<Map<String, Object>> groups = jdbc.queryForList("""
				SELECT COALESCE(category, 'UNTRIAGED') AS category, status, channel, COUNT(*) AS tips,
				       SUM(CASE WHEN closed_at IS NOT NULL AND (handling_due IS NULL OR closed_at <= handling_due) THEN 1 ELSE 0 END) AS in_time,
				       SUM(CASE WHEN breaches > 0 THEN 1 ELSE 0 END) AS breached,
				       SUM(CASE WHEN transferred_at IS NOT NULL THEN 1 ELSE 0 END) AS transferred
				FROM tip_report WHERE unit_code IN (:units) AND received_at >= :from AND received_at < :to
				GROUP BY COALESCE(category, 'UNTRIAGED'), status, channel""", params);
		Map<String, Long> byCategory = new TreeMap<>();
		Map<String, Long> byStatus = new TreeMap<>();
		Map<String, Long> byChannel = new TreeMap<>();
		long received = 0;
		long inTime = 0;
		long breached = 0;
		long transferred = 0;
		for (Map<String, Object> group : groups) {
			long tips = number(group, "tips");
			received += tips;
			inTime += number(group, "in_time");
			breached += number(group, "breached");
			transferred += number(group, "transferred");
			byCategory.merge((String) value(group, "category"), tips, Long::sum);
			byStatus.merge((String) value(group, "status"), tips, Long::sum);
			byChannel.merge((String) value(group, "channel"), tips, Long::sum);
		}
		return new Report(unit, from, to, received, byStatus.getOrDefault(TipStatus.CLOSED.name(), 0L), inTime, breached,
				transferred, byCategory, byStatus, byChannel);
	}

	/** The rows' maps ignore the case of column labels, so H2's upper case and MariaDB's lower case both match. */
	private static Object value(Map<String, Object> row, String column) {
		return row.get(column);
	}

	private static long number(Map<String, Object> row, String column) {
		Object value = value(row, column);
		return value == null ? 0 : ((Number) value).longValue();
	}

}
