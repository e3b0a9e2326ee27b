package vn.vidan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.http.HttpStatus;

/**
 * The years Vidan computes in: 1900 to 2199. A date, an instant or a year outside them is refused before any work
 * starts (a 400 naming the parameter and the limits), so no calendar walk, report or query runs on it.
 */
public final class DateBounds {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private DateBounds() {
	}

	public static LocalDate check(String parameter, LocalDate day) {
		if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
			throw outOfRange(parameter);
		}
		return day;
	}

	public static Instant check(String parameter, Instant at) {
		if (at.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
				|| !at.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
			throw outOfRange(parameter);
		}
		return at;
	}

	public static int checkYear(String parameter, int year) {
		if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
			throw outOfRange(parameter);
		}
		return year;
	}

	private static ProblemException outOfRange(String parameter) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "web.dateOutOfRange", parameter, EARLIEST.toString(),
				LATEST.toString());
	}

}
