package vn.vidan.org;

/** A function a unit performs whatever its level: a province department, or a district police that investigates. */
public enum UnitFunction {

	ADMINISTRATIVE_POLICE("Cảnh sát quản lý hành chính về trật tự xã hội"), IDENTITY_CARD("Cấp căn cước"),
	TRAFFIC_POLICE("Cảnh sát giao thông"), INVESTIGATION("Cơ quan điều tra"), PERSONNEL("Tổ chức cán bộ"),
	PARTY_WORK("Công tác Đảng và công tác chính trị");

	private final String label;

	UnitFunction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
