package vn.vidan.org;

/** Officer ranks of the People's Public Security, lowest first. */
public enum Rank {

	THIEU_UY("Thiếu úy"), TRUNG_UY("Trung úy"), THUONG_UY("Thượng úy"), DAI_UY("Đại úy"), THIEU_TA("Thiếu tá"),
	TRUNG_TA("Trung tá"), THUONG_TA("Thượng tá"), DAI_TA("Đại tá"), THIEU_TUONG("Thiếu tướng");

	private final String label;

	Rank(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
