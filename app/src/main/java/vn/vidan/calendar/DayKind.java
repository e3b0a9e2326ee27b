package vn.vidan.calendar;

/** An exception to the weekly pattern. */
public enum DayKind {

	/** Offices closed on what would be a working day. */
	HOLIDAY,
	/** A weekend day worked, usually to make up for a swapped day off. */
	WORKING_DAY

}
