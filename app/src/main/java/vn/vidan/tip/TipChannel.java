package vn.vidan.tip;

/** How a tip came in. ONLINE is the public portal, the only channel that needs no officer. */
enum TipChannel {

	IN_PERSON("Trực tiếp tại trụ sở"), PHONE("Qua điện thoại"), ONLINE("Qua cổng trực tuyến"),
	REFERRAL("Do đơn vị khác chuyển đến"), FORUM("Qua diễn đàn \"Công an lắng nghe ý kiến nhân dân\"");

	private final String label;

	TipChannel(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
