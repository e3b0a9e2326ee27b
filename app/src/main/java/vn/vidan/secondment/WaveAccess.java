package vn.vidan.secondment;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitFunction;
import vn.vidan.org.UnitGroup;
import vn.vidan.web.ProblemException;

/**
 * Who may do what with a wave, from the directory: the province's personnel department plans and adjusts it; the head
 * of a source unit nominates its officers; anyone of the province reads it. Approvals go through Camunda tasks, whose
 * candidate groups already limit them to the right leaders.
 */
@Component
class WaveAccess {

	private final OrgDirectory directory;

	WaveAccess(OrgDirectory directory) {
		this.directory = directory;
	}

	String user() {
		return authentication().getName();
	}

	boolean administrator() {
		return authentication().getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
	}

	boolean isPersonnel(String provinceCode) {
		OrgSnapshot org = directory.snapshot();
		return administrator() || org.officer(user())
			.map(officer -> org.unit(officer.getUnitCode()))
			.filter(unit -> unit.getFunctions().contains(UnitFunction.PERSONNEL))
			.filter(unit -> org.pathToRoot(unit.getCode()).stream().anyMatch(u -> u.getCode().equals(provinceCode)))
			.isPresent();
	}

	void checkPersonnel(String provinceCode) {
		if (!isPersonnel(provinceCode)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "secondment.personnelOnly",
					directory.snapshot().unit(provinceCode).getName());
		}
	}

	void checkSourceHead(SecondmentWave wave, String sourceUnitCode) {
		boolean head = directory.snapshot().members(sourceUnitCode, UnitGroup.LEADERS).contains(user());
		if (!head && !isPersonnel(wave.getProvinceCode())) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "secondment.notHeadOfUnit",
					directory.snapshot().unit(sourceUnitCode).getName());
		}
	}

	void checkRead(SecondmentWave wave) {
		if (!mayRead(wave)) {
			OrgSnapshot org = directory.snapshot();
			throw new ProblemException(HttpStatus.FORBIDDEN, "secondment.outsideProvince", wave.getCode(),
					org.unit(wave.getProvinceCode()).getName());
		}
	}

	/** Administrators and auditors, and everyone of the wave's province (officers and commune leaders). */
	boolean mayRead(SecondmentWave wave) {
		OrgSnapshot org = directory.snapshot();
		boolean overseer = authentication().getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_AUDITOR"));
		String unitCode = org.officer(user())
			.map(officer -> officer.getUnitCode())
			.or(() -> org.communeLeader(user()).map(leader -> leader.getUnitCode()))
			.orElse(null);
		boolean inProvince = unitCode != null
				&& org.pathToRoot(unitCode).stream().map(Unit::getCode).anyMatch(wave.getProvinceCode()::equals);
		return overseer || inProvince;
	}

	private static Authentication authentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
