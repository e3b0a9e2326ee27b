package vn.vidan.org;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.vidan.web.ProblemException;

/**
 * Turns a unit and a {@link Role} into Camunda candidates. Nothing here knows how many levels a province has: where a
 * unit lacks the role, routing walks up the tree to the nearest unit that has it.
 */
@Service
public class RoutingService {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final OrgDirectory directory;

	RoutingService(OrgDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Candidates for {@code role} in {@code unitCode}. {@code address} is needed only for {@link Role#AREA_OFFICER}.
	 * @throws UnknownUnitException for a unit code that does not exist
	 * @throws NoCandidateException when nobody up the tree can take the role
	 */
	public Candidates route(String unitCode, Role role, String address) {
		OrgSnapshot org = directory.snapshot();
		List<Unit> path = org.pathToRoot(unitCode);
		Unit start = path.get(0);
		return switch (role) {
			case DESK_OFFICER -> firstWithMembers(org, start, role, path, UnitGroup.DESK);
			case DUTY_OFFICER -> firstWithMembers(org, start, role, path, UnitGroup.DUTY);
			case UNIT_OFFICER -> firstWithMembers(org, start, role, path, UnitGroup.ALL);
			case UNIT_LEADER -> firstWithMembers(org, start, role, path, UnitGroup.LEADERS);
			case NEXT_LEVEL_LEADER -> {
				if (path.size() == 1) {
					throw new NoCandidateException(start.getCode(), role, "topOfTree", start.getName());
				}
				yield firstWithMembers(org, start, role, path.subList(1, path.size()), UnitGroup.LEADERS);
			}
			case PROVINCE_LEADER -> firstWithMembers(org, start, role,
					path.stream().filter(unit -> unit.getLevel() == UnitLevel.PROVINCE).toList(), UnitGroup.LEADERS);
			case AREA_OFFICER -> areaOfficer(org, start, address);
			case PARTY_SECRETARY, PEOPLES_COMMITTEE_CHAIRMAN -> communeLeader(org, start, role, path);
			default -> performerOf(org, start, role, path);
		};
	}

	private Candidates firstWithMembers(OrgSnapshot org, Unit start, Role role, List<Unit> path, UnitGroup group) {
		for (Unit unit : path) {
			if (!org.members(unit.getCode(), group).isEmpty()) {
				return new Candidates(start.getCode(), role, unit.getCode(), List.of(group.idFor(unit.getCode())),
						List.of(), reason(path.get(0), unit, group.nameFor(unit)));
			}
		}
		throw new NoCandidateException(start.getCode(), role, "noMembers", start.getName());
	}

	/** A function role: the unit itself, a department under it, or the same one level up, and so on. */
	private Candidates performerOf(OrgSnapshot org, Unit start, Role role, List<Unit> path) {
		for (Unit level : path) {
			List<Unit> nearby = new ArrayList<>();
			nearby.add(level);
			org.children(level.getCode())
				.stream()
				.filter(child -> child.getLevel() == UnitLevel.DEPARTMENT)
				.forEach(nearby::add);
			for (Unit unit : nearby) {
				if (unit.getFunctions().contains(role.function())
						&& !org.members(unit.getCode(), UnitGroup.ALL).isEmpty()) {
					return new Candidates(start.getCode(), role, unit.getCode(),
							List.of(UnitGroup.ALL.idFor(unit.getCode())), List.of(),
							reason(start, unit, unit.getName() + " performs " + role.function().label()));
				}
			}
		}
		throw new NoCandidateException(start.getCode(), role, "noPerformer", start.getName(),
				ProblemException.label("unitFunction", role.function()));
	}

	private Candidates areaOfficer(OrgSnapshot org, Unit unit, String address) {
		if (address == null || address.isBlank()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "org.addressNeeded");
		}
		String where = normalise(address);
		List<String> matching = org.officersOf(unit.getCode())
			.stream()
			.filter(officer -> officer.getPosition() == Position.AREA_OFFICER)
			.filter(officer -> officer.getAreas().stream().anyMatch(area -> mentions(where, area)))
			.map(Officer::getUsername)
			.toList();
		if (!matching.isEmpty()) {
			return new Candidates(unit.getCode(), Role.AREA_OFFICER, unit.getCode(), List.of(), matching,
					"the area officer for this address");
		}
		if (!org.members(unit.getCode(), UnitGroup.AREA).isEmpty()) {
			return new Candidates(unit.getCode(), Role.AREA_OFFICER, unit.getCode(),
					List.of(UnitGroup.AREA.idFor(unit.getCode())), List.of(),
					"no residential group or village of " + unit.getName()
							+ " matches the address; any area officer of the unit");
		}
		Candidates leaders = firstWithMembers(org, unit, Role.AREA_OFFICER, org.pathToRoot(unit.getCode()),
				UnitGroup.LEADERS);
		return new Candidates(unit.getCode(), Role.AREA_OFFICER, leaders.resolvedUnitCode(), leaders.groups(), List.of(),
				unit.getName() + " has no area officer; its leaders assign one");
	}

	private Candidates communeLeader(OrgSnapshot org, Unit start, Role role, List<Unit> path) {
		Unit commune = path.stream()
			.filter(unit -> unit.getLevel() == UnitLevel.COMMUNE)
			.findFirst()
			.orElseThrow(() -> new NoCandidateException(start.getCode(), role, "notCommune", role.name(),
					start.getName()));
		return org.communeLeadersOf(commune.getCode())
			.stream()
			.filter(leader -> leader.getRole() == role.leaderRole())
			.findFirst()
			.map(leader -> new Candidates(start.getCode(), role, commune.getCode(), List.of(),
					List.of(leader.getUsername()), leader.getTitle()))
			.orElseThrow(() -> new NoCandidateException(start.getCode(), role, "noCommuneLeader",
					ProblemException.label("leaderRole", role.leaderRole()), commune.getName()));
	}

	private static String reason(Unit expected, Unit resolved, String who) {
		return expected == resolved ? who
				: who + " (" + expected.getName() + " has none; walked up to " + resolved.getName() + ")";
	}

	/** True when the address names the area as a whole phrase: "Tổ dân phố 1" is not in "Tổ dân phố 12". */
	static boolean mentions(String normalisedAddress, String area) {
		String needle = normalise(area);
		int from = 0;
		for (int at = normalisedAddress.indexOf(needle); at >= 0; at = normalisedAddress.indexOf(needle, from)) {
			int end = at + needle.length();
			boolean startsClean = at == 0 || !Character.isLetterOrDigit(normalisedAddress.charAt(at - 1));
			boolean endsClean = end == normalisedAddress.length()
					|| !Character.isLetterOrDigit(normalisedAddress.charAt(end));
			if (startsClean && endsClean) {
				return true;
			}
			from = at + 1;
		}
		return false;
	}

	/** Lower case, without diacritics, single spaces: residents often type addresses without accents. */
	static String normalise(String text) {
		String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
		return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
	}

}
