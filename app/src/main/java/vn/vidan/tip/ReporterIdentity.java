package vn.vidan.tip;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who reported a tip, when they chose to say. Lives only in the vault. {@link #toString()} never prints it, so it
 * cannot reach a log by accident; validation messages never echo it.
 */
record ReporterIdentity(@Size(max = 120) String fullName,
		@Pattern(regexp = "\\d{12}", message = "{problem.validation.idNumber}") String idNumber,
		@Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "{problem.validation.vietnamesePhone}") String phone,
		@Size(max = 300) String address) {

	boolean isEmpty() {
		return blank(fullName) && blank(idNumber) && blank(phone) && blank(address);
	}

	boolean reachable() {
		return !blank(phone) || !blank(address);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "ReporterIdentity[protected]";
	}

}
