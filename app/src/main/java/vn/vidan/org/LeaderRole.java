package vn.vidan.org;

/** Commune leadership outside the police, who still take part in processes. */
public enum LeaderRole {

	PARTY_SECRETARY("Bí thư Đảng ủy"), PEOPLES_COMMITTEE_CHAIRMAN("Chủ tịch UBND");

	private final String label;

	LeaderRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
