package vn.vidan.org;

/** Where a unit stands in the tree. The tree, not this level, decides routing: a level may be missing. */
public enum UnitLevel {

	PROVINCE("Công an tỉnh/thành phố"), DEPARTMENT("Phòng nghiệp vụ"), DISTRICT("Công an huyện/thành phố thuộc tỉnh"),
	COMMUNE("Công an xã/phường/đặc khu");

	private final String label;

	UnitLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
