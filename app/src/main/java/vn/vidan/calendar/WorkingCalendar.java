package vn.vidan.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.vidan.org.CacheVersion;
import vn.vidan.org.DirectoryChanged;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Unit;

/**
 * The working time of each unit. A unit's office sessions are its own, or its nearest ancestor's, or the defaults of
 * {@link CalendarSettings}; service windows flagged as working time add to them; national days off and make-up days
 * apply everywhere. Built once per unit and kept until the calendar or the directory changes, here or (through the
 * {@code calendar} {@link CacheVersion}) on another node of a cluster.
 */
@Service
public class WorkingCalendar {

	/** The key for "no unit": the national defaults. */
	private static final String NATIONAL = "";

	private final CalendarSettings settings;

	private final JdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final Map<String, WorkingTime> byUnit = new ConcurrentHashMap<>();

	private volatile Map<LocalDate, DayKind> exceptions;

	private final CacheVersion version;

	WorkingCalendar(CalendarSettings settings, JdbcTemplate jdbc, OrgDirectory directory,
			@Value("${vidan.directory.recheck-every:PT5S}") Duration recheckEvery) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.directory = directory;
		this.version = new CacheVersion(jdbc, "calendar", recheckEvery);
	}

	/** Another node changed the calendar: build afresh. */
	private void checkFresh() {
		if (!version.fresh()) {
			byUnit.clear();
			exceptions = null;
			version.building();
		}
	}

	/** Working time of a unit; {@code null} or blank means the national defaults. */
	public WorkingTime of(String unitCode) {
		checkFresh();
		String key = unitCode == null || unitCode.isBlank() ? NATIONAL : unitCode.trim();
		if (!key.equals(NATIONAL)) {
			directory.snapshot().unit(key); // unknown unit: a clear error, not the defaults
		}
		return byUnit.computeIfAbsent(key, this::build);
	}

	/** The deadline {@code duration} (ISO-8601: P7D, PT4H) after {@code from}, in the unit's working time. */
	public Instant deadline(Instant from, String duration, String unitCode) {
		return of(unitCode).deadline(from, duration);
	}

	/** The service window {@code at} falls in, if any: intake in an after-hours shift or on a weekend service day. */
	public Optional<ServiceWindowKind> serviceWindowAt(String unitCode, Instant at) {
		LocalDateTime local = LocalDateTime.ofInstant(at, settings.zone());
		return windows(unitCode).stream()
			.filter(window -> window.day() == local.getDayOfWeek() && window.hours().contains(local.toLocalTime()))
			.map(Window::kind)
			.findFirst();
	}

	private List<Window> windows(String unitCode) {
		return jdbc.query(
				"SELECT window_kind, day_of_week, window_start, window_end, working_time FROM cal_service_window WHERE unit_code = ?",
				(row, i) -> new Window(ServiceWindowKind.valueOf(row.getString(1)), DayOfWeek.valueOf(row.getString(2)),
						new Session(row.getObject(3, LocalTime.class), row.getObject(4, LocalTime.class)),
						row.getBoolean(5)),
				unitCode);
	}

	private record Window(ServiceWindowKind kind, DayOfWeek day, Session hours, boolean workingTime) {
	}

	@EventListener({ CalendarChanged.class, DirectoryChanged.class })
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	void forget(Object change) {
		if (change instanceof CalendarChanged) {
			version.bump();
		}
		byUnit.clear();
		exceptions = null;
	}

	private WorkingTime build(String unitCode) {
		List<Session> defaults = settings.sessions().stream().map(Session::parse).sorted().toList();
		Map<DayOfWeek, List<Session>> weekly = new EnumMap<>(DayOfWeek.class);
		if (!unitCode.equals(NATIONAL)) {
			weekly.putAll(officeSessions(unitCode));
		}
		if (weekly.isEmpty()) {
			settings.workdays().forEach(day -> weekly.put(day, defaults));
		}
		List<Session> makeUpDay = weekly.getOrDefault(DayOfWeek.MONDAY, defaults);
		if (!unitCode.equals(NATIONAL)) {
			addWorkingServiceWindows(unitCode, weekly);
		}
		return new WorkingTime(settings.zone(), weekly, makeUpDay, exceptions());
	}

	/** The sessions of the unit, or of its nearest ancestor that has any. */
	private Map<DayOfWeek, List<Session>> officeSessions(String unitCode) {
		for (Unit unit : directory.snapshot().pathToRoot(unitCode)) {
			Map<DayOfWeek, List<Session>> sessions = jdbc
				.query("SELECT day_of_week, session_start, session_end FROM cal_office_session WHERE unit_code = ?",
						(row, i) -> Map.entry(DayOfWeek.valueOf(row.getString(1)),
								new Session(row.getObject(2, LocalTime.class), row.getObject(3, LocalTime.class))),
						unit.getCode())
				.stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey, () -> new EnumMap<>(DayOfWeek.class),
						Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
			if (!sessions.isEmpty()) {
				sessions.values().forEach(list -> list.sort(null));
				return sessions;
			}
		}
		return Map.of();
	}

	private void addWorkingServiceWindows(String unitCode, Map<DayOfWeek, List<Session>> weekly) {
		for (Window window : windows(unitCode)) {
			if (window.workingTime()) {
				List<Session> day = new ArrayList<>(weekly.getOrDefault(window.day(), List.of()));
				day.add(window.hours());
				day.sort(null);
				weekly.put(window.day(), day);
			}
		}
	}

	private Map<LocalDate, DayKind> exceptions() {
		Map<LocalDate, DayKind> current = exceptions;
		if (current == null) {
			Map<LocalDate, DayKind> loaded = new HashMap<>();
			jdbc.query("SELECT cal_date, day_kind FROM cal_day",
					row -> {
						loaded.put(row.getObject(1, LocalDate.class), DayKind.valueOf(row.getString(2)));
					});
			current = Map.copyOf(loaded);
			exceptions = current;
		}
		return current;
	}

}
