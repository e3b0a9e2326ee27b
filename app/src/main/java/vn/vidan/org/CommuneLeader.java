package vn.vidan.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commune's Party secretary or People's Committee chairman, attached to the commune's police unit. */
@Entity
@Table(name = "org_commune_leader")
public class CommuneLeader {

	@Id
	private String username;

	@Column(name = "full_name")
	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(name = "leader_role")
	private LeaderRole role;

	@Column(name = "unit_code")
	private String unitCode;

	private String title;

	protected CommuneLeader() {
	}

	public String getUsername() {
		return username;
	}

	public String getFullName() {
		return fullName;
	}

	public LeaderRole getRole() {
		return role;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getTitle() {
		return title;
	}

}
