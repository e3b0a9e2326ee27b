package vn.vidan.org;

/** An officer's position in their unit. */
public enum Position {

	CHIEF("Trưởng"), DEPUTY_CHIEF("Phó trưởng"), OFFICER("Cán bộ"), AREA_OFFICER("Cảnh sát khu vực"),
	DUTY_OFFICER("Trực ban");

	private final String label;

	Position(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isLeader() {
		return this == CHIEF || this == DEPUTY_CHIEF;
	}

}
