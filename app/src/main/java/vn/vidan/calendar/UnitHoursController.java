package vn.vidan.calendar;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Unit;
import vn.vidan.web.ProblemException;

/**
 * A unit's own hours: its office sessions (none: its nearest ancestor's, or the national defaults) and its service
 * windows (after-hours shifts, weekend service days). Administrators replace them; everyone signed in reads them.
 */
@RestController
@RequestMapping("/api/calendar/units/{unit}")
class UnitHoursController {

	/** At most this many sessions or windows per unit: more than a week's worth of half days, checked before any work. */
	static final int MAX_SPANS = 50;

	record Hours(String unit, String sessionsFrom, List<SessionHours> officeSessions, List<WindowHours> serviceWindows) {
	}

	record SessionHours(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
	}

	record WindowHours(@NotNull ServiceWindowKind kind, @NotNull DayOfWeek day, @NotNull LocalTime start,
			@NotNull LocalTime end, boolean workingTime) {
	}

	private final JdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final ApplicationEventPublisher events;

	UnitHoursController(JdbcTemplate jdbc, OrgDirectory directory, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
	}

	@GetMapping("/hours")
	Hours hours(@PathVariable String unit) {
		String from = null;
		List<SessionHours> sessions = List.of();
		for (Unit level : known(unit)) {
			sessions = sessions(level.getCode());
			if (!sessions.isEmpty()) {
				from = level.getCode();
				break;
			}
		}
		List<WindowHours> windows = jdbc.query(
				"SELECT window_kind, day_of_week, window_start, window_end, working_time FROM cal_service_window WHERE unit_code = ?",
				(row, i) -> new WindowHours(ServiceWindowKind.valueOf(row.getString(1)), DayOfWeek.valueOf(row.getString(2)),
						row.getObject(3, LocalTime.class), row.getObject(4, LocalTime.class), row.getBoolean(5)),
				unit);
		return new Hours(unit, from == null ? "national defaults" : from, sessions,
				windows.stream().sorted(Comparator.comparing(WindowHours::day).thenComparing(WindowHours::start)).toList());
	}

	/** Replaces the unit's own office sessions; an empty list makes it inherit again. */
	@PutMapping("/office-sessions")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	Hours officeSessions(@PathVariable String unit,
			@RequestBody @Size(max = MAX_SPANS) List<@NotNull @Valid SessionHours> sessions) {
		known(unit);
		checkNoOverlap(sessions.stream().map(s -> new SessionHours(s.day(), s.start(), s.end())).toList());
		jdbc.update("DELETE FROM cal_office_session WHERE unit_code = ?", unit);
		sessions.forEach(s -> jdbc.update(
				"INSERT INTO cal_office_session (unit_code, day_of_week, session_start, session_end) VALUES (?, ?, ?, ?)",
				unit, s.day().name(), Time.valueOf(s.start()), Time.valueOf(s.end())));
		events.publishEvent(new CalendarChanged());
		return hours(unit);
	}

	/** Replaces the unit's service windows. */
	@PutMapping("/service-windows")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	Hours serviceWindows(@PathVariable String unit,
			@RequestBody @Size(max = MAX_SPANS) List<@NotNull @Valid WindowHours> windows) {
		known(unit);
		checkNoOverlap(windows.stream().map(w -> new SessionHours(w.day(), w.start(), w.end())).toList());
		jdbc.update("DELETE FROM cal_service_window WHERE unit_code = ?", unit);
		windows.forEach(w -> jdbc.update(
				"INSERT INTO cal_service_window (unit_code, window_kind, day_of_week, window_start, window_end, working_time) VALUES (?, ?, ?, ?, ?, ?)",
				unit, w.kind().name(), w.day().name(), Time.valueOf(w.start()), Time.valueOf(w.end()), w.workingTime()));
		events.publishEvent(new CalendarChanged());
		return hours(unit);
	}

	private List<Unit> known(String unit) {
		if (!directory.snapshot().hasUnit(unit)) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "org.unknownUnit", unit);
		}
		return directory.snapshot().pathToRoot(unit);
	}

	private List<SessionHours> sessions(String unit) {
		return jdbc.query("SELECT day_of_week, session_start, session_end FROM cal_office_session WHERE unit_code = ?",
				(row, i) -> new SessionHours(DayOfWeek.valueOf(row.getString(1)), row.getObject(2, LocalTime.class),
						row.getObject(3, LocalTime.class)),
				unit)
			.stream()
			.sorted(Comparator.comparing(SessionHours::day).thenComparing(SessionHours::start))
			.toList();
	}

	/** Each span must end after it starts, and no two spans of a day may overlap. */
	private static void checkNoOverlap(List<SessionHours> spans) {
		List<SessionHours> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(SessionHours::day).thenComparing(SessionHours::start));
		for (int i = 0; i < sorted.size(); i++) {
			SessionHours span = sorted.get(i);
			if (!span.end().isAfter(span.start())) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "calendar.emptySpan",
						ProblemException.label("dayOfWeek", span.day()), span.start().toString(), span.end().toString());
			}
			if (i > 0 && sorted.get(i - 1).day() == span.day() && sorted.get(i - 1).end().isAfter(span.start())) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "calendar.overlappingHours",
						ProblemException.label("dayOfWeek", span.day()), sorted.get(i - 1).start().toString(),
						sorted.get(i - 1).end().toString(), span.start().toString(), span.end().toString());
			}
		}
	}

}
