package vn.vidan.org;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.web.ProblemException;

/** Read access to the directory: the unit tree and who works where. */
@RestController
@RequestMapping("/api/org")
class OrgController {

	private final OrgDirectory directory;

	OrgController(OrgDirectory directory) {
		this.directory = directory;
	}

	/** Units, each parent before its children; {@code level} and {@code parent} narrow the list. */
	@GetMapping("/units")
	List<UnitView> units(@RequestParam(required = false) UnitLevel level,
			@RequestParam(required = false) String parent) {
		OrgSnapshot org = directory.snapshot();
		if (parent != null) {
			org.unit(parent);
		}
		return org.units()
			.stream()
			.filter(unit -> level == null || unit.getLevel() == level)
			.filter(unit -> parent == null || parent.equals(unit.getParentCode()))
			.map(UnitView::of)
			.toList();
	}

	@GetMapping("/units/{code}")
	UnitDetail unit(@PathVariable String code) {
		OrgSnapshot org = directory.snapshot();
		Unit unit = org.unit(code);
		return new UnitDetail(UnitView.of(unit),
				org.pathToRoot(code).stream().skip(1).map(UnitView::of).toList(),
				org.children(code).stream().map(UnitView::of).toList(),
				Arrays.stream(UnitGroup.values()).map(group -> group.idFor(code)).toList());
	}

	@GetMapping("/units/{code}/people")
	UnitPeople people(@PathVariable String code) {
		OrgSnapshot org = directory.snapshot();
		org.unit(code);
		return new UnitPeople(org.officersOf(code).stream().map(OfficerView::of).toList(),
				org.communeLeadersOf(code).stream().map(CommuneLeaderView::of).toList());
	}

	@GetMapping("/officers/{username}")
	OfficerView officer(@PathVariable String username) {
		return directory.snapshot()
			.officer(username)
			.map(OfficerView::of)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "org.unknownOfficer", username));
	}

	record UnitView(String code, String name, UnitLevel level, String levelLabel, String parentCode,
			Set<UnitFunction> functions) {

		static UnitView of(Unit unit) {
			return new UnitView(unit.getCode(), unit.getName(), unit.getLevel(), unit.getLevel().label(),
					unit.getParentCode(), unit.getFunctions());
		}

	}

	record UnitDetail(UnitView unit, List<UnitView> ancestors, List<UnitView> children, List<String> camundaGroups) {
	}

	record UnitPeople(List<OfficerView> officers, List<CommuneLeaderView> communeLeaders) {
	}

	record OfficerView(String username, String serviceNumber, String fullName, Rank rank, String rankLabel,
			Position position, String positionLabel, String unitCode, String homeCommuneCode, Set<Skill> skills,
			Set<String> areas) {

		static OfficerView of(Officer officer) {
			return new OfficerView(officer.getUsername(), officer.getServiceNumber(), officer.getFullName(),
					officer.getRank(), officer.getRank().label(), officer.getPosition(), officer.getPosition().label(),
					officer.getUnitCode(), officer.getHomeCommuneCode(), officer.getSkills(), officer.getAreas());
		}

	}

	record CommuneLeaderView(String username, String fullName, LeaderRole role, String title, String unitCode) {

		static CommuneLeaderView of(CommuneLeader leader) {
			return new CommuneLeaderView(leader.getUsername(), leader.getFullName(), leader.getRole(),
					leader.getTitle(), leader.getUnitCode());
		}

	}

}
