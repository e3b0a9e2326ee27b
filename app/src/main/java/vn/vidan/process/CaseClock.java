package vn.vidan.process;

import java.time.Instant;
import java.util.List;

/**
 * A case's statutory clock in working time, for the SLA bar: how much of the allowed time is used, how much is left,
 * and when it stood still.
 * @param unitCode whose working calendar counts
 * @param allowedMinutes the working minutes the case is allowed (0 for an immediate procedure)
 * @param usedMinutes the working minutes used so far (or until it stopped), pauses excluded
 * @param due when the allowed time runs out now (pauses and an apology letter move it)
 * @param stoppedAt when the clock stopped for good (the case finished); null while it runs
 * @param segments the clock's life in order: spans it ran and spans it stood still (a supplement request until the
 * documents came)
 */
public record CaseClock(String unitCode, long allowedMinutes, long usedMinutes, Instant due, Instant stoppedAt,
		List<Segment> segments, String period) {

	public CaseClock {
		segments = List.copyOf(segments);
	}

	/** A clock whose allowed time is only known in minutes (no statutory period to name). */
	public CaseClock(String unitCode, long allowedMinutes, long usedMinutes, Instant due, Instant stoppedAt,
			List<Segment> segments) {
		this(unitCode, allowedMinutes, usedMinutes, due, stoppedAt, segments, null);
	}

	/** How much of the allowed time is used, 0–100 (100 once it is all used or the case is immediate). */
	public int usedPercent() {
		if (allowedMinutes <= 0) {
			return 100;
		}
		return (int) Math.min(100, Math.round(usedMinutes * 100.0 / allowedMinutes));
	}

	/** Working minutes left, never below 0. */
	public long leftMinutes() {
		return Math.max(0, allowedMinutes - usedMinutes);
	}

	/** Working minutes beyond the allowed time, 0 when within it. */
	public long overMinutes() {
		return Math.max(0, usedMinutes - allowedMinutes);
	}

	public boolean running() {
		return stoppedAt == null;
	}

	/** The spans the clock stood still. */
	public List<Segment> pauses() {
		return segments.stream().filter(Segment::pause).toList();
	}

	/** The bar's whole length in working minutes: the allowed time (or the time used, when more) and the pauses. */
	public long scale() {
		long paused = pauses().stream().mapToLong(Segment::minutes).sum();
		return Math.max(1, Math.max(allowedMinutes, usedMinutes) + paused);
	}

	/** A share of the bar, in percent with one decimal, for a CSS width. */
	public String width(long minutes) {
		return String.format(java.util.Locale.ROOT, "%.1f%%", Math.max(0, minutes) * 100.0 / scale());
	}

	/**
	 * A span of the clock's life.
	 * @param pause whether the clock stood still in it
	 * @param from when it began
	 * @param to when it ended; null while it lasts
	 * @param minutes its working minutes (until now, while it lasts)
	 */
	public record Segment(boolean pause, Instant from, Instant to, long minutes) {
	}

}
