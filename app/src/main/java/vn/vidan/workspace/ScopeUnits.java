package vn.vidan.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitLevel;
import vn.vidan.org.UnitScope;

/**
 * The units a person's pages list, as {@link UnitScope} decides who covers what: their home unit and everything
 * under it, and the communes they are seconded to; administrators and auditors everything. Lists put it in their
 * query; intake pages offer its communes.
 */
@Component
public class ScopeUnits {

	private final UnitScope scope;

	private final OrgDirectory directory;

	ScopeUnits(UnitScope scope, OrgDirectory directory) {
		this.scope = scope;
		this.directory = directory;
	}

	/** The codes of the units the person covers; empty when they cover every unit (administrators, auditors). */
	public Optional<List<String>> units(Authentication person) {
		if (overseer(person)) {
			return Optional.empty();
		}
		OrgSnapshot org = directory.snapshot();
		Set<String> codes = new LinkedHashSet<>();
		scope.home(person.getName()).ifPresent(home -> codes.addAll(org.subtree(home.getCode())));
		org.grantedUnits(person.getName())
			.stream()
			.filter(org::hasUnit)
			.forEach(granted -> codes.addAll(org.subtree(granted)));
		return Optional.of(List.copyOf(codes));
	}

	/** The communes and wards the person covers, where they may receive dossiers and tips, in tree order. */
	public List<Unit> communes(Authentication person) {
		OrgSnapshot org = directory.snapshot();
		Optional<List<String>> units = units(person);
		return org.units()
			.stream()
			.filter(unit -> unit.getLevel() == UnitLevel.COMMUNE)
			.filter(unit -> units.map(codes -> codes.contains(unit.getCode())).orElse(true))
			.toList();
	}

	/** The commune to offer first: the person's own, when it is one. */
	public Optional<String> homeCommune(Authentication person) {
		return scope.home(person.getName())
			.filter(unit -> unit.getLevel() == UnitLevel.COMMUNE)
			.map(Unit::getCode);
	}

	private static boolean overseer(Authentication person) {
		return person.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN")
					|| authority.getAuthority().equals("ROLE_AUDITOR"));
	}

}
