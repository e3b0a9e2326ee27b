package vn.vidan.tip;

/** What a tip is about. The reporter may suggest one (or UNKNOWN); the duty officer decides. */
enum TipCategory {

	CRIME("Tố giác, tin báo về tội phạm"), ADMINISTRATIVE_VIOLATION("Vi phạm hành chính"),
	CIVIL_DISPUTE("Mâu thuẫn, tranh chấp dân sự nhỏ"), PUBLIC_ORDER("Phản ánh trật tự công cộng"),
	OUTSIDE_COMPETENCE("Không thuộc thẩm quyền Công an"), DUPLICATE("Trùng tin báo đã tiếp nhận"),
	UNKNOWN("Chưa rõ");

	private final String label;

	TipCategory(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
