package vn.vidan.org;

import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** An officer (cán bộ chiến sĩ). The user name is the sign-in name and the Camunda user id. */
@Entity
@Table(name = "org_officer")
public class Officer {

	@Id
	private String username;

	@Column(name = "service_number")
	private String serviceNumber;

	@Column(name = "full_name")
	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(name = "rank_code")
	private Rank rank;

	@Enumerated(EnumType.STRING)
	@Column(name = "position_code")
	private Position position;

	@Column(name = "unit_code")
	private String unitCode;

	@Column(name = "home_commune_code")
	private String homeCommuneCode;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "org_officer_skill", joinColumns = @JoinColumn(name = "username"))
	@Column(name = "skill")
	@Enumerated(EnumType.STRING)
	private Set<Skill> skills;

	/** Residential groups and villages this officer answers for, when an area officer. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "org_officer_area", joinColumns = @JoinColumn(name = "username"))
	@Column(name = "area_name")
	private Set<String> areas;

	protected Officer() {
	}

	public String getUsername() {
		return username;
	}

	public String getServiceNumber() {
		return serviceNumber;
	}

	public String getFullName() {
		return fullName;
	}

	public Rank getRank() {
		return rank;
	}

	public Position getPosition() {
		return position;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getHomeCommuneCode() {
		return homeCommuneCode;
	}

	public Set<Skill> getSkills() {
		return Set.copyOf(skills);
	}

	public Set<String> getAreas() {
		return Set.copyOf(areas);
	}

}
