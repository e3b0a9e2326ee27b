package vn.vidan.secondment;

/** Where a wave stands. */
enum WaveStatus {

	DRAFT("Chờ duyệt kế hoạch"), RETURNED("Kế hoạch cần chỉnh sửa"), NOMINATING("Các đơn vị đang cử cán bộ"),
	PROPOSED("Đang rà soát phân công"), RELEASING("Chờ thủ trưởng đồng ý cho cán bộ đi"),
	AWAITING_SIGNATURE("Chờ Giám đốc ký quyết định"), DEPLOYED("Cán bộ đang công tác tại xã"),
	CLOSED("Đã kết thúc");

	private final String label;

	WaveStatus(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
