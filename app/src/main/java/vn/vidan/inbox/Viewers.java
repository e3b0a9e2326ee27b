package vn.vidan.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitScope;
import vn.vidan.process.CamundaMemberships;

/**
 * Turns the signed-in person into a {@link Viewer}: their Camunda groups (the directory's unit groups and their
 * memberships in Camunda's identity service) and the units whose tasks they may see. An officer sees their unit scope
 * ({@link UnitScope}: their unit and the units under it, a province department the whole province, a commune they are
 * seconded to); a unit leader supervises the units under their own unit; an administrator every unit.
 */
@Component
public class Viewers {

	private final OrgDirectory directory;

	private final UnitScope scope;

	private final CamundaMemberships memberships;

	Viewers(OrgDirectory directory, UnitScope scope, CamundaMemberships memberships) {
		this.directory = directory;
		this.scope = scope;
		this.memberships = memberships;
	}

	public Viewer of(Authentication user) {
		return of(user.getName(), administrator(user));
	}

	/**
	 * The person as one who works tasks, not one who supervises them: a leader sees every task of the units they lead,
	 * but Camunda lets them work only those offered to them, so here a leader counts as an officer. An administrator
	 * keeps every unit.
	 */
	Viewer worker(Authentication user) {
		boolean administrator = administrator(user);
		Viewer viewer = of(user.getName(), administrator);
		return administrator || !viewer.supervisor() ? viewer
				: new Viewer(viewer.username(), false, viewer.units(), viewer.provinces(), viewer.candidates(),
						viewer.homeUnit());
	}

	private static boolean administrator(Authentication user) {
		return user.getAuthorities().stream().anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
	}

	public Viewer of(String username, boolean administrator) {
		OrgSnapshot org = directory.snapshot();
		Optional<Officer> officer = org.officer(username);
		Set<String> candidates = new LinkedHashSet<>();
		officer.ifPresent(found -> org.groupIdsOf(found).forEach(group -> candidates.add("G:" + group)));
		for (String group : memberships.groups(username)) {
			candidates.add("G:" + group);
		}
		candidates.add("U:" + username);
		Optional<Unit> home = scope.home(username);
		Set<String> units = new LinkedHashSet<>();
		boolean leader = officer.map(found -> found.getPosition().isLeader()).orElse(false);
		if (administrator) {
			org.units().forEach(unit -> units.add(unit.getCode()));
			units.add("");
		}
		else if (leader) {
			units.addAll(org.subtree(officer.get().getUnitCode()));
		}
		else {
			home.ifPresent(unit -> units.addAll(org.subtree(unit.getCode())));
		}
		for (String granted : org.grantedUnits(username)) {
			if (org.hasUnit(granted)) {
				units.addAll(org.subtree(granted));
			}
		}
		String homeUnit = officer.map(Officer::getUnitCode).or(() -> home.map(Unit::getCode)).orElse(null);
		return new Viewer(username, administrator || leader, new ArrayList<>(units), wholeProvinces(org, units),
				List.copyOf(candidates), homeUnit);
	}

	/** The provinces whose every unit is in {@code units}, if {@code units} are exactly those provinces (else none). */
	static List<String> wholeProvinces(OrgSnapshot org, Set<String> units) {
		Set<String> roots = new LinkedHashSet<>();
		for (String code : units) {
			if (code.isEmpty()) {
				roots.add("");
			}
			else if (org.hasUnit(code)) {
				List<Unit> path = org.pathToRoot(code);
				roots.add(path.get(path.size() - 1).getCode());
			}
		}
		int covered = 0;
		for (String root : roots) {
			if (root.isEmpty()) {
				covered++;
				continue;
			}
			List<String> subtree = org.subtree(root);
			if (!units.containsAll(subtree)) {
				return List.of();
			}
			covered += subtree.size();
		}
		return covered == units.size() ? List.copyOf(roots) : List.of();
	}

}
