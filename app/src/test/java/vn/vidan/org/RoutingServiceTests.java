package vn.vidan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * Routing over the seeded demo directory: Đà Nẵng wards sit right under the province (2 levels), Đắk Nông communes
 * under district police (3 levels); Ea Pô keeps no duty officer of its own.
 */
@DataJpaTest
@Import({ OrgDirectory.class, RoutingService.class })
class RoutingServiceTests {

	@Autowired
	RoutingService routing;

	@Test
	void sendsLeaderTaskToTheWardItselfInATwoLevelBranch() {
		Candidates candidates = routing.route("HOAMINH", Role.UNIT_LEADER, null);

		assertThat(candidates.groups()).containsExactly("HOAMINH.leaders");
		assertThat(candidates.resolvedUnitCode()).isEqualTo("HOAMINH");
	}

	@Test
	void nextLevelUpFromAWardIsTheProvinceWhenThereIsNoDistrict() {
		Candidates candidates = routing.route("HOAMINH", Role.NEXT_LEVEL_LEADER, null);

		assertThat(candidates.groups()).containsExactly("CADN.leaders");
	}

	@Test
	void nextLevelUpFromACommuneIsItsDistrictInAThreeLevelBranch() {
		Candidates candidates = routing.route("DAKNIA", Role.NEXT_LEVEL_LEADER, null);

		assertThat(candidates.groups()).containsExactly("GIANGHIA.leaders");
	}

	@Test
	void investigationGoesToTheDistrictWhereOneExists() {
		assertThat(routing.route("DAKNIA", Role.INVESTIGATION_AGENCY, null).groups()).containsExactly("GIANGHIA");
	}

	@Test
	void investigationGoesToTheProvinceDepartmentWhereNoDistrictExists() {
		assertThat(routing.route("HOAMINH", Role.INVESTIGATION_AGENCY, null).groups()).containsExactly("CADN-PC02");
	}

	@Test
	void personnelDepartmentIsFoundUnderTheProvinceFromAnyDepth() {
		assertThat(routing.route("TAMTHANG", Role.PERSONNEL_DEPARTMENT, null).groups()).containsExactly("CADNO-PX01");
		assertThat(routing.route("HOAQUY", Role.PERSONNEL_DEPARTMENT, null).groups()).containsExactly("CADN-PX01");
		assertThat(routing.route("CADNO-PC08", Role.PERSONNEL_DEPARTMENT, null).groups())
			.containsExactly("CADNO-PX01");
	}

	@Test
	void walksUpToTheDistrictWhenTheCommuneHasNoDutyOfficer() {
		Candidates candidates = routing.route("EAPO", Role.DUTY_OFFICER, null);

		assertThat(candidates.groups()).containsExactly("CUJUT.duty");
		assertThat(candidates.resolvedUnitCode()).isEqualTo("CUJUT");
		assertThat(candidates.reason()).contains("Công an xã Ea Pô has none", "Công an huyện Cư Jút");
	}

	@Test
	void keepsDutyAtTheCommuneWhenItHasADutyOfficer() {
		assertThat(routing.route("TAMTHANG", Role.DUTY_OFFICER, null).groups()).containsExactly("TAMTHANG.duty");
	}

	@Test
	void deskOfficerOfAWard() {
		assertThat(routing.route("HOAAN", Role.DESK_OFFICER, null).groups()).containsExactly("HOAAN.desk");
	}

	@Test
	void provinceLeaderFromACommuneUnderADistrict() {
		assertThat(routing.route("EAPO", Role.PROVINCE_LEADER, null).groups()).containsExactly("CADNO.leaders");
	}

	@Test
	void findsTheAreaOfficerOfTheResidentialGroupInTheAddress() {
		Candidates candidates = routing.route("HOAMINH", Role.AREA_OFFICER, "45 Nguyễn Tất Thành, Tổ dân phố 13, Hòa Minh");

		assertThat(candidates.users()).containsExactly("tai.vv");
		assertThat(candidates.groups()).isEmpty();
	}

	@Test
	void matchesAnAddressTypedWithoutDiacritics() {
		assertThat(routing.route("DAKNIA", Role.AREA_OFFICER, "thon nghia thuan, xa dak nia").users())
			.hasSize(1);
	}

	@Test
	void doesNotTakeGroupOneForGroupTwelve() {
		assertThat(routing.route("HOAMINH", Role.AREA_OFFICER, "Tổ dân phố 12").users()).containsExactly("dung.vd");
		assertThat(RoutingService.mentions(RoutingService.normalise("to dan pho 12"), "Tổ dân phố 1")).isFalse();
	}

	@Test
	void fallsBackToAllAreaOfficersWhenNoAreaMatches() {
		Candidates candidates = routing.route("HOAMINH", Role.AREA_OFFICER, "Khu công nghiệp Hòa Khánh");

		assertThat(candidates.users()).isEmpty();
		assertThat(candidates.groups()).containsExactly("HOAMINH.area");
	}

	@Test
	void refusesAreaRoutingWithoutAnAddress() {
		assertThatThrownBy(() -> routing.route("HOAMINH", Role.AREA_OFFICER, " ")).hasMessageContaining("org.addressNeeded");
	}

	@Test
	void findsTheCommunesPartySecretaryAndChairman() {
		assertThat(routing.route("DAKNIA", Role.PARTY_SECRETARY, null).users()).containsExactly("xuan.d");
		assertThat(routing.route("QUANGTHANH", Role.PEOPLES_COMMITTEE_CHAIRMAN, null).users()).containsExactly("khiem.y");
	}

	@Test
	void refusesCommuneLeadershipForAProvinceDepartment() {
		assertThatThrownBy(() -> routing.route("CADN-PX01", Role.PARTY_SECRETARY, null))
			.isInstanceOf(NoCandidateException.class)
			.hasMessageContaining("org.noCandidate.notCommune");
	}

	@Test
	void refusesNextLevelUpFromTheProvince() {
		assertThatThrownBy(() -> routing.route("CADN", Role.NEXT_LEVEL_LEADER, null))
			.isInstanceOf(NoCandidateException.class)
			.hasMessageContaining("org.noCandidate.topOfTree");
	}

	@Test
	void refusesAnUnknownUnit() {
		assertThatThrownBy(() -> routing.route("HOAXUAN", Role.UNIT_LEADER, null))
			.isInstanceOf(UnknownUnitException.class)
			.hasMessageContaining("HOAXUAN");
	}

	@Test
	void refusesAnUnknownRole() {
		assertThatThrownBy(() -> Role.parse("MAYOR")).isInstanceOf(UnknownRoleException.class)
			.hasMessageContaining("MAYOR")
			.hasMessageContaining("UNIT_LEADER");
	}

	@Test
	void acceptsARoleInAnyCase() {
		assertThat(Role.parse(" unit_leader ")).isEqualTo(Role.UNIT_LEADER);
	}

}
