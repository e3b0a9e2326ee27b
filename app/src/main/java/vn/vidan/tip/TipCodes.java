package vn.vidan.tip;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three codes of a tip. The reference ({@code TB-HOAMINH-2026-0089}, the 89th tip Hòa Minh received in 2026) is
 * for officers. The tracking code ({@code K7QM-3XRD-9PTA}) and the secret (20 characters, about 100 bits) are for the
 * reporter: random, unrelated to the reference, and only the secret's SHA-256 is stored.
 */
@Component
class TipCodes {

	/** Crockford's base 32: no I, L, O or U, so codes read out over the phone survive. */
	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	private final SecureRandom random = new SecureRandom();

	TipCodes(JdbcTemplate jdbc, vn.vidan.calendar.CalendarSettings calendar) {
		this.jdbc = jdbc;
		this.zone = calendar.zone();
	}

	/** The next reference of the unit for the year; the counter row is locked until the caller commits. */
	@Transactional(propagation = Propagation.MANDATORY)
	String nextReference(String unitCode, Instant receivedAt) {
		int year = receivedAt.atZone(zone).getYear();
		Integer last = jdbc.query(
				"SELECT last_number FROM tip_reference_counter WHERE unit_code = ? AND year_number = ? FOR UPDATE",
				rows -> rows.next() ? rows.getInt(1) : null, unitCode, year);
		int next = last == null ? 1 : last + 1;
		if (last == null) {
			try {
				jdbc.update("INSERT INTO tip_reference_counter (unit_code, year_number, last_number) VALUES (?, ?, 1)",
						unitCode, year);
			}
			catch (DuplicateKeyException raced) {
				return nextReference(unitCode, receivedAt);
			}
		}
		else {
			jdbc.update("UPDATE tip_reference_counter SET last_number = ? WHERE unit_code = ? AND year_number = ?",
					next, unitCode, year);
		}
		return "TB-%s-%d-%04d".formatted(unitCode, year, next);
	}

	String trackingCode() {
		String code = randomChars(12);
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	String secret() {
		return randomChars(20);
	}

	static String hash(String secret) {
		return TipIntake.sha256(secret.getBytes(StandardCharsets.UTF_8));
	}

	private String randomChars(int length) {
		StringBuilder chars = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			chars.append(ALPHABET[random.nextInt(ALPHABET.length)]);
		}
		return chars.toString();
	}

}
