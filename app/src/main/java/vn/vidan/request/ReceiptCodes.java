package vn.vidan.request;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.CalendarSettings;

/**
 * Readable receipt codes, unique per unit and day: {@code HOAMINH-260313-0007} is the 7th dossier Hòa Minh received
 * on 13 March 2026. The counter row is updated in the caller's transaction, so concurrent intakes queue on it and a
 * rolled-back intake gives its number back.
 */
@Component
class ReceiptCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private static final String INCREMENT = "UPDATE req_receipt_counter SET last_number = last_number + 1 WHERE unit_code = ? AND receipt_day = ?";

	private final JdbcTemplate jdbc;

	private final CalendarSettings calendar;

	ReceiptCodes(JdbcTemplate jdbc, CalendarSettings calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String unitCode, Instant receivedAt) {
		LocalDate day = receivedAt.atZone(calendar.zone()).toLocalDate();
		Date sqlDay = Date.valueOf(day);
		int updated = jdbc.update(INCREMENT, unitCode, sqlDay);
		if (updated == 0) {
			try {
				jdbc.update("INSERT INTO req_receipt_counter (unit_code, receipt_day, last_number) VALUES (?, ?, 1)",
						unitCode, sqlDay);
			}
			catch (DuplicateKeyException raced) {
				jdbc.update(INCREMENT, unitCode, sqlDay);
			}
		}
		Integer number = jdbc.queryForObject(
				"SELECT last_number FROM req_receipt_counter WHERE unit_code = ? AND receipt_day = ?", Integer.class,
				unitCode, sqlDay);
		return "%s-%s-%04d".formatted(unitCode, DAY.format(day), number);
	}

}
