package vn.vidan.secondment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.vidan.org.Skill;

/** What a commune needs the seconded officers for during a wave, and the officer skills that serve it. */
public enum FocusTask {

	POPULATION_DATA("Làm sạch dữ liệu dân cư (Đề án 06)", Skill.IT_DATA, Skill.RESIDENCE_REGISTRATION,
			Skill.ADMINISTRATIVE_POLICE),
	ID_CARD_CAMPAIGN("Cấp căn cước, định danh điện tử", Skill.ID_CARD, Skill.IT_DATA, Skill.ONE_STOP_DESK),
	PATROL_TRAFFIC("Tuần tra, bảo đảm trật tự an toàn giao thông", Skill.TRAFFIC, Skill.PATROL),
	CRIME_PREVENTION_OUTREACH("Tuyên truyền phòng, chống tội phạm", Skill.LAW_EDUCATION, Skill.INVESTIGATION,
			Skill.MASS_MOBILISATION),
	HARVEST_SEASON_SECURITY("Phòng chống tội phạm mùa thu hoạch", Skill.PATROL, Skill.INVESTIGATION, Skill.MEDIATION),
	MASS_MOBILISATION("Dân vận, an sinh xã hội", Skill.MASS_MOBILISATION, Skill.MEDIATION, Skill.PARTY_WORK);

	private final String label;

	private final Set<Skill> skills;

	FocusTask(String label, Skill first, Skill... rest) {
		this.label = label;
		this.skills = Collections.unmodifiableSet(EnumSet.of(first, rest));
	}

	/** The Vietnamese name, as the personnel department writes it in a wave plan. */
	public String label() {
		return label;
	}

	/** The skills that serve this task, in {@link Skill} order. */
	public Set<Skill> skills() {
		return skills;
	}

}
