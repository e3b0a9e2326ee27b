package vn.vidan.request;

import java.time.Year;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a personal ID number's structure and says which part is wrong, in the reader's language
 * ({@code problem.validation.personalId.<part>}), never repeating the number or any of its digits. Digits 1-3: the province code of birth
 * registration; digit 4: century and sex (0/1 born 1900-1999, 2/3 2000-2099, 4/5 2100-2199); digits 5-6: the last two
 * digits of the birth year; digits 7-12: a serial.
 */
class PersonalIdValidator implements ConstraintValidator<PersonalId, String> {

	/** The 63 province codes of birth registration (Circular 07/2016/TT-BCA), kept after the 2025 province mergers. */
	static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
			"015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064",
			"066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089",
			"091", "092", "093", "094", "095", "096");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		String problem = problemWith(value, Year.now(VIETNAM).getValue());
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("{problem.validation.personalId." + problem + "}")
			.addConstraintViolation();
		return false;
	}

	/** Which part of a personal ID number is wrong; pages name it without echoing the number. */
	enum Fault {

		/** Not exactly 12 digits. */
		FORMAT("digits"),
		/** Digits 1-3 are no province code of birth registration. */
		PROVINCE("province"),
		/** Digit 4 (century and sex) is above 5. */
		CENTURY("century"),
		/** Digits 4-6 give a birth year in the future. */
		FUTURE_YEAR("future");

		/** The rule's name in message keys ({@code problem.validation.personalId.<rule>}). */
		final String rule;

		Fault(String rule) {
			this.rule = rule;
		}

	}

	/** What is wrong with the number, or null when it is well formed. */
	static Fault fault(String value, int currentYear) {
		if (!value.matches("\\d{12}")) {
			return Fault.FORMAT;
		}
		if (!PROVINCE_CODES.contains(value.substring(0, 3))) {
			return Fault.PROVINCE;
		}
		int centuryDigit = value.charAt(3) - '0';
		if (centuryDigit > 5) {
			return Fault.CENTURY;
		}
		int birthYear = 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(value.substring(4, 6));
		return birthYear > currentYear ? Fault.FUTURE_YEAR : null;
	}

	/**
	 * Which rule the number breaks, or null when it is well formed: {@code digits} (not 12 digits), {@code province}
	 * (no province code of birth registration), {@code century} (4th digit above 5), {@code future} (a birth year
	 * to come).
	 */
	static String problemWith(String value, int currentYear) {
		Fault fault = fault(value, currentYear);
		return fault == null ? null : fault.rule;
	}

}
