package vn.vidan.org;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable picture of the directory: the unit tree, who is in which unit and which Camunda group. Routing and the
 * identity sync read it; {@link OrgDirectory} builds a new one after every {@link DirectoryChanged}.
 */
public final class OrgSnapshot {

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

	static final Comparator<Officer> BY_POSITION_THEN_NAME = Comparator.comparing(Officer::getPosition)
		.thenComparing(Officer::getFullName, VIETNAMESE);

	private final Map<String, Unit> unitsByCode;

	private final Map<String, List<Unit>> childrenByCode;

	private final List<Unit> unitsInTreeOrder;

	private final Map<String, List<Officer>> officersByUnit;

	private final Map<String, Officer> officersByUsername;

	private final Map<String, List<CommuneLeader>> leadersByUnit;

	private final Map<String, CommuneLeader> leadersByUsername;

	private final Map<String, Set<String>> grantedUnitsByUsername;

	OrgSnapshot(Collection<Unit> units, Collection<Officer> officers, Collection<CommuneLeader> leaders) {
		this(units, officers, leaders, List.of());
	}

	OrgSnapshot(Collection<Unit> units, Collection<Officer> officers, Collection<CommuneLeader> leaders,
			Collection<SecondmentGrant> grants) {
		this.grantedUnitsByUsername = grants.stream()
			.collect(Collectors.groupingBy(SecondmentGrant::getUsername,
					Collectors.mapping(SecondmentGrant::getUnitCode, Collectors.toCollection(TreeSet::new))));
		Comparator<Unit> order = Comparator.comparing(Unit::getLevel).thenComparing(Unit::getName, VIETNAMESE);
		this.unitsByCode = units.stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
		Map<String, List<Unit>> children = new LinkedHashMap<>();
		units.stream()
			.filter(unit -> unit.getParentCode() != null)
			.sorted(order)
			.forEach(unit -> children.computeIfAbsent(unit.getParentCode(), code -> new ArrayList<>()).add(unit));
		this.childrenByCode = children;
		List<Unit> treeOrder = new ArrayList<>();
		units.stream().filter(unit -> unit.getParentCode() == null).sorted(order).forEach(root -> walk(root, treeOrder));
		this.unitsInTreeOrder = List.copyOf(treeOrder);
		this.officersByUnit = officers.stream()
			.sorted(BY_POSITION_THEN_NAME)
			.collect(Collectors.groupingBy(Officer::getUnitCode, LinkedHashMap::new, Collectors.toList()));
		this.officersByUsername = officers.stream().collect(Collectors.toMap(Officer::getUsername, Function.identity()));
		this.leadersByUnit = leaders.stream()
			.sorted(Comparator.comparing(CommuneLeader::getRole))
			.collect(Collectors.groupingBy(CommuneLeader::getUnitCode));
		this.leadersByUsername = leaders.stream()
			.collect(Collectors.toMap(CommuneLeader::getUsername, Function.identity()));
	}

	private void walk(Unit unit, List<Unit> into) {
		into.add(unit);
		children(unit.getCode()).forEach(child -> walk(child, into));
	}

	/** Every unit, each parent before its children. */
	public List<Unit> units() {
		return unitsInTreeOrder;
	}

	public Unit unit(String code) {
		Unit unit = code == null ? null : unitsByCode.get(code.trim());
		if (unit == null) {
			throw new UnknownUnitException(code);
		}
		return unit;
	}

	public boolean hasUnit(String code) {
		return code != null && unitsByCode.containsKey(code);
	}

	public List<Unit> children(String code) {
		return childrenByCode.getOrDefault(code, List.of());
	}

	/** The unit itself, then its parent, up to the province. */
	public List<Unit> pathToRoot(String code) {
		List<Unit> path = new ArrayList<>();
		for (Unit unit = unit(code); unit != null; unit = unitsByCode.get(unit.getParentCode())) {
			path.add(unit);
		}
		return path;
	}

	public List<Officer> officersOf(String unitCode) {
		return officersByUnit.getOrDefault(unitCode, List.of());
	}

	public Collection<Officer> officers() {
		return officersByUsername.values();
	}

	public Optional<Officer> officer(String username) {
		return Optional.ofNullable(officersByUsername.get(username));
	}

	public List<CommuneLeader> communeLeadersOf(String unitCode) {
		return leadersByUnit.getOrDefault(unitCode, List.of());
	}

	public Collection<CommuneLeader> communeLeaders() {
		return leadersByUsername.values();
	}

	public Optional<CommuneLeader> communeLeader(String username) {
		return Optional.ofNullable(leadersByUsername.get(username));
	}

	/** The user names in a unit group, e.g. the leaders of HOAMINH. */
	public Set<String> members(String unitCode, UnitGroup group) {
		return officersOf(unitCode).stream()
			.filter(group::includes)
			.map(Officer::getUsername)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The unit groups an officer belongs to, by Camunda group id: those of their own unit, and the whole-unit group of
	 * every commune they are seconded to.
	 */
	public List<String> groupIdsOf(Officer officer) {
		List<String> ids = new ArrayList<>(java.util.Arrays.stream(UnitGroup.values())
			.filter(group -> group.includes(officer))
			.map(group -> group.idFor(officer.getUnitCode()))
			.toList());
		grantedUnits(officer.getUsername()).forEach(unit -> ids.add(UnitGroup.ALL.idFor(unit)));
		return List.copyOf(ids);
	}

	/** The codes of a unit and every unit under it, parents first. */
	public List<String> subtree(String code) {
		List<Unit> units = new ArrayList<>();
		walk(unit(code), units);
		return units.stream().map(Unit::getCode).toList();
	}

	/** The communes an officer is seconded to right now. */
	public Set<String> grantedUnits(String username) {
		return grantedUnitsByUsername.getOrDefault(username, Set.of());
	}

	/** Latitude and longitude of the unit, or of its nearest ancestor that has them. */
	public Optional<double[]> location(String unitCode) {
		return pathToRoot(unitCode).stream()
			.map(Unit::getLocation)
			.flatMap(Optional::stream)
			.findFirst();
	}

}
