package vn.vidan.calendar;

import java.time.LocalTime;

/** A stretch of working time within a day, e.g. 07:30-11:30. */
record Session(LocalTime start, LocalTime end) implements Comparable<Session> {

	Session {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A session must end after it starts: " + start + "-" + end);
		}
	}

	/** Parses {@code 07:30-11:30}. */
	static Session parse(String text) {
		String[] parts = text.trim().split("\\s*-\\s*");
		if (parts.length != 2) {
			throw new IllegalArgumentException("A session reads like 07:30-11:30, not '" + text + "'");
		}
		return new Session(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
	}

	boolean contains(LocalTime time) {
		return !time.isBefore(start) && time.isBefore(end);
	}

	@Override
	public int compareTo(Session other) {
		return start.compareTo(other.start);
	}

}
