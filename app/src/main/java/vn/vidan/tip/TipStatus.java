package vn.vidan.tip;

/** Where a tip stands; the label is what a reporter following it sees. */
enum TipStatus {

	RECEIVED("Đã tiếp nhận, đang phân loại"), DISPATCHED("Đã điều lực lượng đến hiện trường"),
	IN_HANDLING("Đang xác minh, giải quyết"), AWAITING_APPROVAL("Chờ lãnh đạo duyệt kết quả"),
	TRANSFERRED("Đã chuyển Cơ quan điều tra"), CLOSED("Đã giải quyết xong");

	private final String label;

	TipStatus(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
