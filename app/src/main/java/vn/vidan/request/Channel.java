package vn.vidan.request;

/** How a dossier came in. */
public enum Channel {

	/** At the one-stop desk during office hours. */
	DESK,
	/** Through the public service portal. */
	ONLINE,
	/** In an after-hours shift (Đà Nẵng: 18:00-20:00 Monday-Friday, 08:00-11:00 Saturday). */
	AFTER_HOURS,
	/** On a weekend service day. */
	WEEKEND,
	/** At home, for an elderly or disabled resident. */
	HOME_VISIT,
	/** Forwarded from another unit or agency. */
	FORWARDED;

	/** How the status history says it came in (the history is the dossier's record, kept in Vietnamese). */
	String recordedAs() {
		return switch (this) {
			case DESK -> "tại bộ phận một cửa";
			case ONLINE -> "qua cổng dịch vụ công";
			case AFTER_HOURS -> "ngoài giờ hành chính";
			case WEEKEND -> "vào ngày nghỉ cuối tuần";
			case HOME_VISIT -> "tại nhà người dân";
			case FORWARDED -> "do đơn vị khác chuyển đến";
		};
	}

}
