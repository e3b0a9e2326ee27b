package vn.vidan.org;

import java.util.Arrays;

/**
 * What a task needs, relative to a unit. {@link RoutingService} turns a unit and a role into candidate groups or
 * users. Function roles find the nearest unit up the tree that performs the function.
 */
public enum Role {

	DESK_OFFICER("Cán bộ tiếp nhận hồ sơ một cửa", null, null),
	AREA_OFFICER("Cảnh sát khu vực phụ trách địa bàn", null, null),
	DUTY_OFFICER("Trực ban", null, null),
	UNIT_OFFICER("Cán bộ của đơn vị", null, null),
	UNIT_LEADER("Lãnh đạo đơn vị", null, null),
	NEXT_LEVEL_LEADER("Lãnh đạo cấp trên trực tiếp", null, null),
	PROVINCE_LEADER("Lãnh đạo Công an tỉnh", null, null),
	PERSONNEL_DEPARTMENT("Phòng Tổ chức cán bộ", UnitFunction.PERSONNEL, null),
	ADMINISTRATIVE_POLICE_DEPARTMENT("Phòng Cảnh sát QLHC về TTXH", UnitFunction.ADMINISTRATIVE_POLICE, null),
	IDENTITY_CARD_AUTHORITY("Cơ quan cấp căn cước", UnitFunction.IDENTITY_CARD, null),
	TRAFFIC_POLICE_DEPARTMENT("Phòng Cảnh sát giao thông", UnitFunction.TRAFFIC_POLICE, null),
	PARTY_WORK_DEPARTMENT("Phòng Công tác Đảng và công tác chính trị", UnitFunction.PARTY_WORK, null),
	INVESTIGATION_AGENCY("Cơ quan điều tra có thẩm quyền", UnitFunction.INVESTIGATION, null),
	PARTY_SECRETARY("Bí thư Đảng ủy xã/phường", null, LeaderRole.PARTY_SECRETARY),
	PEOPLES_COMMITTEE_CHAIRMAN("Chủ tịch UBND xã/phường", null, LeaderRole.PEOPLES_COMMITTEE_CHAIRMAN);

	private final String label;

	private final UnitFunction function;

	private final LeaderRole leaderRole;

	Role(String label, UnitFunction function, LeaderRole leaderRole) {
		this.label = label;
		this.function = function;
		this.leaderRole = leaderRole;
	}

	public String label() {
		return label;
	}

	UnitFunction function() {
		return function;
	}

	LeaderRole leaderRole() {
		return leaderRole;
	}

	/** The role with this name, or a clear error naming the known roles. */
	public static Role parse(String name) {
		return Arrays.stream(values())
			.filter(role -> role.name().equalsIgnoreCase(name == null ? "" : name.trim()))
			.findFirst()
			.orElseThrow(() -> new UnknownRoleException(name));
	}

}
