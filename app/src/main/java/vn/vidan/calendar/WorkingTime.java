package vn.vidan.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Working time for one unit: its weekly sessions, the national days off and make-up days. Answers deadlines
 * ("3 working days from now") and measures working time between two instants. Immutable.
 *
 * <p>
 * Days: a deadline of n working days keeps the time of day (received Monday 09:00, 3 days: Thursday 09:00). Received
 * outside working time, the clock starts at the next session and the deadline is the end of the n-th working day
 * (received Friday 18:30, 1 day: Monday 17:00). Hours and minutes count working minutes only.
 */
public final class WorkingTime {

	/** ISO-8601 durations Vidan counts in working time: days, hours, minutes. */
	private static final Pattern DURATION = Pattern
		.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

	/**
	 * The longest working-time duration Vidan computes: 3,650 working days (about 14 years of them), or as many
	 * minutes as that many whole days hold. Anything longer is no statutory deadline, and walking the calendar to it
	 * would hold a core for hours.
	 */
	public static final long MAX_DAYS = 3650;

	/** Ten years: a calendar with no working time at all fails instead of looping. */
	private static final int SEARCH_DAYS = 3660;

	private final ZoneId zone;

	private final Map<DayOfWeek, List<Session>> weekly;

	private final List<Session> makeUpDaySessions;

	private final Map<LocalDate, DayKind> exceptions;

	WorkingTime(ZoneId zone, Map<DayOfWeek, List<Session>> weekly, List<Session> makeUpDaySessions,
			Map<LocalDate, DayKind> exceptions) {
		this.zone = zone;
		this.weekly = Map.copyOf(weekly);
		this.makeUpDaySessions = List.copyOf(makeUpDaySessions);
		this.exceptions = Map.copyOf(exceptions);
	}

	public ZoneId zone() {
		return zone;
	}

	/**
	 * How many working minutes make a usual working day (the longest weekday's sessions): what "1 day" means when
	 * working time left is told in days and hours.
	 */
	public int minutesPerDay() {
		int longest = weekly.values()
			.stream()
			.mapToInt(sessions -> sessions.stream()
				.mapToInt(session -> (int) java.time.Duration.between(session.start(), session.end()).toMinutes())
				.sum())
			.max()
			.orElse(0);
		return longest > 0 ? longest : 480;
	}

	/** The sessions worked on a date: none on a day off, the usual ones on a make-up day. */
	List<Session> sessionsOn(LocalDate date) {
		DayKind exception = exceptions.get(date);
		if (exception == DayKind.HOLIDAY) {
			return List.of();
		}
		List<Session> usual = weekly.getOrDefault(date.getDayOfWeek(), List.of());
		return exception == DayKind.WORKING_DAY && usual.isEmpty() ? makeUpDaySessions : usual;
	}

	public boolean isWorkingDay(LocalDate date) {
		return !sessionsOn(date).isEmpty();
	}

	public boolean isWorkingMoment(Instant instant) {
		LocalDateTime at = LocalDateTime.ofInstant(instant, zone);
		return sessionsOn(at.toLocalDate()).stream().anyMatch(session -> session.contains(at.toLocalTime()));
	}

	/**
	 * The deadline {@code duration} after {@code from}: {@code P3D} is three working days, {@code PT4H} four working
	 * hours, {@code P1DT2H} both; {@code PT0S} or {@code P0D} is immediate and returns {@code from}.
	 * @throws IllegalArgumentException for anything else (weeks, months and years have no working-time meaning)
	 */
	public Instant deadline(Instant from, String duration) {
		Matcher parts = DURATION.matcher(duration == null ? "" : duration.trim());
		if (!parts.matches() || duration.trim().equals("P") || duration.trim().endsWith("T")) {
			throw new IllegalArgumentException("'" + duration
					+ "' is not a working-time duration: use ISO-8601 days, hours and minutes, such as P7D, PT4H or P1DT2H");
		}
		long days = number(parts.group(1));
		long hours = number(parts.group(2));
		long mins = number(parts.group(3));
		long seconds = number(parts.group(4));
		long limitMinutes = MAX_DAYS * 24 * 60;
		if (days > MAX_DAYS || hours > limitMinutes / 60 || mins > limitMinutes || seconds > limitMinutes * 60) {
			throw new TooLong(duration);
		}
		long minutes = hours * 60 + mins + (seconds + 59) / 60;
		if (minutes > limitMinutes) {
			throw new TooLong(duration);
		}
		if (days == 0 && minutes == 0) {
			return from;
		}
		Instant due = days > 0 ? plusWorkingDays(from, days) : from;
		return minutes > 0 ? plusWorkingMinutes(due, minutes) : due;
	}

	private static long number(String group) {
		if (group == null) {
			return 0;
		}
		// More digits than any bounded duration has: too long, whatever the digits (and no overflow on the way).
		return group.length() > 12 ? Long.MAX_VALUE : Long.parseLong(group);
	}

	/** A duration longer than {@link #MAX_DAYS}: refused before the calendar is walked. */
	public static final class TooLong extends IllegalArgumentException {

		TooLong(String duration) {
			super("'" + duration + "' is longer than " + MAX_DAYS + " working days");
		}

	}

	/** {@code minutes} of working time after {@code from}; a deadline that ends a session stays at its end. */
	public Instant plusWorkingMinutes(Instant from, long minutes) {
		LocalDateTime at = LocalDateTime.ofInstant(from, zone);
		long left = minutes;
		for (int i = 0; i < SEARCH_DAYS; i++) {
			LocalDate date = at.toLocalDate();
			for (Session session : sessionsOn(date)) {
				LocalDateTime end = date.atTime(session.end());
				if (!at.isBefore(end)) {
					continue;
				}
				LocalDateTime start = at.isAfter(date.atTime(session.start())) ? at : date.atTime(session.start());
				long available = Duration.between(start, end).toMinutes();
				if (left <= available && (left > 0 || minutes == 0)) {
					return start.plusMinutes(left).atZone(zone).toInstant();
				}
				left -= available;
				at = end;
			}
			at = date.plusDays(1).atStartOfDay();
		}
		throw noWorkingTime();
	}

	private Instant plusWorkingDays(Instant from, long days) {
		Instant start = plusWorkingMinutes(from, 0);
		LocalDateTime startAt = LocalDateTime.ofInstant(start, zone);
		LocalDate day = startAt.toLocalDate();
		long offset = minutesWorkedBefore(day, startAt.toLocalTime());
		if (offset == 0) {
			// The clock starts with the day: the deadline is the end of the n-th working day, counting this one.
			for (long n = 1; n < days; n++) {
				day = nextWorkingDay(day);
			}
			List<Session> sessions = sessionsOn(day);
			return day.atTime(sessions.get(sessions.size() - 1).end()).atZone(zone).toInstant();
		}
		for (long n = 0; n < days; n++) {
			day = nextWorkingDay(day);
		}
		return plusWorkingMinutes(day.atStartOfDay(zone).toInstant(), offset);
	}

	private LocalDate nextWorkingDay(LocalDate after) {
		LocalDate day = after;
		for (int i = 0; i < SEARCH_DAYS; i++) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				return day;
			}
		}
		throw noWorkingTime();
	}

	private long minutesWorkedBefore(LocalDate date, LocalTime time) {
		long minutes = 0;
		for (Session session : sessionsOn(date)) {
			if (!time.isAfter(session.start())) {
				break;
			}
			minutes += Duration.between(session.start(), time.isBefore(session.end()) ? time : session.end())
				.toMinutes();
		}
		return minutes;
	}

	/** Working minutes between two instants; zero when {@code to} is not after {@code from}. */
	public long workingMinutesBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		LocalDateTime start = LocalDateTime.ofInstant(from, zone);
		LocalDateTime end = LocalDateTime.ofInstant(to, zone);
		long minutes = 0;
		for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
			for (Session session : sessionsOn(date)) {
				LocalDateTime sessionStart = date.atTime(session.start());
				LocalDateTime sessionEnd = date.atTime(session.end());
				LocalDateTime a = start.isAfter(sessionStart) ? start : sessionStart;
				LocalDateTime b = end.isBefore(sessionEnd) ? end : sessionEnd;
				if (b.isAfter(a)) {
					minutes += Duration.between(a, b).toMinutes();
				}
			}
		}
		return minutes;
	}

	private IllegalStateException noWorkingTime() {
		return new IllegalStateException("The calendar has no working time in the next ten years: check office sessions");
	}

}
