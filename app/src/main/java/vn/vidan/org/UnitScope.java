package vn.vidan.org;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Which units' cases a person may see and work. An officer: their unit and every unit under it; an officer of a
 * province department: the whole province (PC06 supervises residence work in every commune, PX01 runs every
 * secondment). A commune leader: their commune. An officer seconded to a commune: that commune too, for the term.
 * Administrators: everything.
 */
@Service
public class UnitScope {

	private final OrgDirectory directory;

	UnitScope(OrgDirectory directory) {
		this.directory = directory;
	}

	/** True when {@code username} may see and work cases of {@code unitCode}. */
	public boolean covers(String username, boolean administrator, String unitCode) {
		if (administrator) {
			return true;
		}
		OrgSnapshot org = directory.snapshot();
		List<Unit> path = org.pathToRoot(unitCode);
		boolean seconded = path.stream().anyMatch(unit -> org.grantedUnits(username).contains(unit.getCode()));
		return seconded || home(org, username)
			.map(home -> path.stream().anyMatch(unit -> unit.getCode().equals(home.getCode())))
			.orElse(false);
	}

	/** The unit whose subtree {@code username} sees, if they are in the directory. */
	public Optional<Unit> home(String username) {
		return home(directory.snapshot(), username);
	}

	private static Optional<Unit> home(OrgSnapshot org, String username) {
		Optional<String> unitCode = org.officer(username)
			.map(Officer::getUnitCode)
			.or(() -> org.communeLeader(username).map(CommuneLeader::getUnitCode));
		return unitCode.map(org::unit)
			.map(unit -> unit.getLevel() == UnitLevel.DEPARTMENT && unit.getParentCode() != null
					? org.unit(unit.getParentCode()) : unit);
	}

}
