package vn.vidan.request;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vidan.calendar.CalendarSettings;

/**
 * Readable receipt codes, unique per unit and day: {@code HOAMINH-260313-0007} is the 7th dossier Hòa Minh received
 * on 13 March 2026. The counter row is updated in the caller's transaction, so concurrent intakes queue on it and a
 * rolled-back intake gives its number back; only the day's row itself is made in a transaction of its own.
 */
@Component
class ReceiptCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private static final String INCREMENT = "UPDATE req_receipt_counter SET last_number = last_number + 1 WHERE unit_code = ? AND receipt_day = ?";

	private final JdbcTemplate jdbc;

	private final CalendarSettings calendar;

	private final TransactionTemplate newTransaction;

	ReceiptCodes(JdbcTemplate jdbc, CalendarSettings calendar, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String unitCode, Instant receivedAt) {
		LocalDate day = receivedAt.atZone(calendar.zone()).toLocalDate();
		Date sqlDay = Date.valueOf(day);
		if (jdbc.update(INCREMENT, unitCode, sqlDay) == 0) {
			// The day's first dossier: make the counter row in a transaction of its own and count on it. Racing inserts
			// inside the callers' transactions deadlocked on MariaDB (each held the other's duplicate-key lock).
			createCounter(unitCode, sqlDay);
			jdbc.update(INCREMENT, unitCode, sqlDay);
		}
		Integer number = jdbc.queryForObject(
				"SELECT last_number FROM req_receipt_counter WHERE unit_code = ? AND receipt_day = ?", Integer.class,
				unitCode, sqlDay);
		return "%s-%s-%04d".formatted(unitCode, DAY.format(day), number);
	}

	/** Inserts the unit's counter for the day at 0, committed at once; a concurrent intake may have done it first. */
	private void createCounter(String unitCode, Date day) {
		newTransaction.executeWithoutResult(status -> {
			try {
				jdbc.update("INSERT INTO req_receipt_counter (unit_code, receipt_day, last_number) VALUES (?, ?, 0)",
						unitCode, day);
			}
			catch (DuplicateKeyException raced) {
				status.setRollbackOnly();
			}
		});
	}

}
