package vn.vidan.secondment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** Days from {@code start} to {@code end}, both included: a wave's time in the communes. */
public record Period(LocalDate start, LocalDate end) {

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public Period {
		Objects.requireNonNull(start, "A period needs a start date");
		Objects.requireNonNull(end, "A period needs an end date");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A period must not end (" + end + ") before it starts (" + start + ")");
		}
	}

	/** Whether the two periods share at least one day. */
	public boolean overlaps(Period other) {
		return !start.isAfter(other.end) && !other.start.isAfter(end);
	}

	/** The period as written in Vietnamese documents, e.g. "01/06/2025–31/08/2025". */
	public String label() {
		return VIETNAMESE_DATE.format(start) + "–" + VIETNAMESE_DATE.format(end);
	}

}
