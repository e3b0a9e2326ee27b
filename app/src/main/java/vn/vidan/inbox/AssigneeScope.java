package vn.vidan.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitLevel;
import vn.vidan.org.UnitScope;

/**
 * Who may be given a task: a person whose unit scope ({@link UnitScope}) covers the task's unit, so they can open its
 * case. The inbox's actions, the guard on Camunda's REST API and the engine's own assignment listener all ask here.
 */
@Component
public class AssigneeScope {

	private final UnitScope scope;

	private final OrgDirectory directory;

	private final IdentityService identity;

	private final MessageSource messages;

	AssigneeScope(UnitScope scope, OrgDirectory directory, IdentityService identity, MessageSource messages) {
		this.scope = scope;
		this.directory = directory;
		this.identity = identity;
		this.messages = messages;
	}

	/** Whether {@code username} can act on the cases of {@code unitCode}; true when the unit is unknown (no rule). */
	public boolean canAct(String username, String unitCode) {
		if (unitCode == null || unitCode.isEmpty() || !directory.snapshot().hasUnit(unitCode)) {
			return true;
		}
		return scope.covers(username, administrator(username), unitCode);
	}

	/** Why {@code username} may not be given a task of {@code unitCode}, in the person's language; empty if they may. */
	public Optional<String> refusal(String username, String unitCode, Locale locale) {
		if (canAct(username, unitCode)) {
			return Optional.empty();
		}
		OrgSnapshot org = directory.snapshot();
		String taskUnit = org.unit(unitCode).getName();
		// Someone not in the directory is not named: what was sent may be anything, a personal ID among others.
		Optional<Unit> home = username == null || !username.matches("[A-Za-z0-9._@-]{1,64}") ? Optional.empty()
				: scope.home(username);
		if (home.isEmpty()) {
			return Optional.of(messages.getMessage("inbox.refused.unknown", new Object[] { taskUnit }, locale));
		}
		String name = org.officer(username)
			.map(Officer::getFullName)
			.or(() -> org.communeLeader(username).map(leader -> leader.getFullName()))
			.orElse(username);
		return Optional.of(messages.getMessage("inbox.refused.outOfScope",
				new Object[] { name, home.get().getName(), taskUnit }, locale));
	}

	/**
	 * The officers who can act on the cases of {@code unitCode}, grouped by unit: its own officers, those of every unit
	 * above it (and of the province's departments), and officers seconded there.
	 */
	public Map<Unit, List<Officer>> eligible(String unitCode) {
		OrgSnapshot org = directory.snapshot();
		Map<Unit, List<Officer>> people = new LinkedHashMap<>();
		if (unitCode == null || !org.hasUnit(unitCode)) {
			return people;
		}
		List<Unit> path = org.pathToRoot(unitCode);
		Set<String> pathCodes = path.stream().map(Unit::getCode).collect(Collectors.toSet());
		for (Unit unit : path) {
			add(people, unit, org.officersOf(unit.getCode()));
			for (Unit child : org.children(unit.getCode())) {
				if (child.getLevel() == UnitLevel.DEPARTMENT) {
					add(people, child, org.officersOf(child.getCode()));
				}
			}
		}
		for (Officer officer : org.officers()) {
			if (org.grantedUnits(officer.getUsername()).stream().anyMatch(pathCodes::contains)) {
				Unit home = org.unit(officer.getUnitCode());
				if (people.getOrDefault(home, List.of()).stream().noneMatch(o -> o.getUsername().equals(officer.getUsername()))) {
					people.computeIfAbsent(home, unit -> new ArrayList<>()).add(officer);
				}
			}
		}
		return people;
	}

	private static void add(Map<Unit, List<Officer>> people, Unit unit, List<Officer> officers) {
		if (!officers.isEmpty()) {
			people.computeIfAbsent(unit, key -> new ArrayList<>()).addAll(officers);
		}
	}

	private boolean administrator(String username) {
		return username != null
				&& identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0;
	}

}
