package vn.vidan.request;

/** How a dossier finished against its appointment date (rescheduled by a supplement pause or an apology letter). */
public enum Timeliness {

	/** Trước hạn: finished before the appointment day. */
	EARLY,
	/** Đúng hạn: finished on the appointment day. */
	ON_TIME,
	/** Quá hạn: finished after it. */
	LATE

}
