package vn.vidan.calendar;

/** Service outside office sessions, which tags intake and counts in reports. */
public enum ServiceWindowKind {

	/** Evening and Saturday-morning shifts (Đà Nẵng: 18:00-20:00 Monday-Friday, 08:00-11:00 Saturday). */
	AFTER_HOURS,
	/** A weekend service day ("Ngày thứ Bảy - vì nhân dân phục vụ"). */
	WEEKEND

}
