package vn.vidan.org;

/** What an officer can do; desk work, and the matching of secondments to commune needs, read it. */
public enum Skill {

	ONE_STOP_DESK("Tiếp nhận hồ sơ một cửa"), RESIDENCE_REGISTRATION("Đăng ký, quản lý cư trú"),
	ID_CARD("Cấp căn cước, định danh điện tử"), IT_DATA("Dữ liệu dân cư, công nghệ thông tin"),
	TRAFFIC("Giao thông"), PATROL("Tuần tra, kiểm soát"), INVESTIGATION("Điều tra, xác minh"),
	MEDIATION("Hòa giải"), LAW_EDUCATION("Tuyên truyền pháp luật"), MASS_MOBILISATION("Dân vận"),
	PERSONNEL("Tổ chức cán bộ"), PARTY_WORK("Công tác Đảng"), ADMINISTRATIVE_POLICE("Quản lý hành chính");

	private final String label;

	Skill(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
