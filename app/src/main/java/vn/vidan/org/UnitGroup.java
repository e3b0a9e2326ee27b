package vn.vidan.org;

import java.util.function.Predicate;

/**
 * The Camunda groups each unit gets, named {@code <unit code>} or {@code <unit code>.<suffix>}. Membership comes from
 * the directory; BPMN never spells a group, it asks {@link RoutingService}.
 */
public enum UnitGroup {

	ALL("", "Toàn đơn vị", officer -> true),
	LEADERS(".leaders", "Lãnh đạo", officer -> officer.getPosition().isLeader()),
	DESK(".desk", "Bộ phận một cửa", officer -> officer.getSkills().contains(Skill.ONE_STOP_DESK)),
	DUTY(".duty", "Trực ban", officer -> officer.getPosition() == Position.DUTY_OFFICER),
	AREA(".area", "Cảnh sát khu vực", officer -> officer.getPosition() == Position.AREA_OFFICER);

	private final String suffix;

	private final String label;

	private final Predicate<Officer> member;

	UnitGroup(String suffix, String label, Predicate<Officer> member) {
		this.suffix = suffix;
		this.label = label;
		this.member = member;
	}

	public String idFor(String unitCode) {
		return unitCode + suffix;
	}

	public String nameFor(Unit unit) {
		return this == ALL ? unit.getName() : label + " — " + unit.getName();
	}

	boolean includes(Officer officer) {
		return member.test(officer);
	}

}
