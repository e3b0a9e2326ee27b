package vn.vidan.secondment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vidan.org.Skill;
import vn.vidan.secondment.MatchingProposal.Unassigned;
import vn.vidan.secondment.Reason.Code;

/**
 * The matcher's rules, one test each, on Đắk Nông: the province departments sit in Gia Nghĩa, district police in Cư
 * Jút; Đắk Nia and Quảng Thành lie next to Gia Nghĩa, Tâm Thắng and Ea Pô some 65–75 km north-east, next to Cư Jút.
 */
class SecondmentMatcherTests {

	static final Period WAVE = new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));

	static final GeoPoint GIA_NGHIA = new GeoPoint(12.0030, 107.6900);

	static final GeoPoint CU_JUT = new GeoPoint(12.5930, 107.8830);

	static final String PC08 = "CADNO-PC08";

	static final String PC06 = "CADNO-PC06";

	static final String PX01 = "CADNO-PX01";

	static final String CUJUT = "CUJUT";

	final SecondmentMatcher matcher = new SecondmentMatcher();

	@Test
	void neverAssignsAnOfficerToTheirHomeCommune() {
		// Traffic officer Hùng would fit Đắk Nia best, but he comes from there; Lan's data skills fit Quảng Thành.
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE,
				List.of(daknia(1, FocusTask.PATROL_TRAFFIC), quangThanh(1, FocusTask.POPULATION_DATA)),
				List.of(officer("hung.nv", PC08, GIA_NGHIA, "DAKNIA", Skill.TRAFFIC, Skill.PATROL),
						officer("lan.tt", PC06, GIA_NGHIA, null, Skill.IT_DATA, Skill.RESIDENCE_REGISTRATION))));

		assertThat(proposal.placements()).isEqualTo(Map.of("hung.nv", "QUANGTHANH", "lan.tt", "DAKNIA"));
		assertThat(proposal.unfilled()).isEmpty();
	}

	@Test
	void neverExceedsTheQuota() {
		List<Nominee> nominees = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			nominees.add(officer("canbo" + String.format("%02d", i), i % 2 == 0 ? PC08 : PC06, GIA_NGHIA, null,
					Skill.TRAFFIC, Skill.PATROL));
		}
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE, List.of(daknia(2, FocusTask.PATROL_TRAFFIC),
				quangThanh(1, FocusTask.PATROL_TRAFFIC), tamThang(0, FocusTask.PATROL_TRAFFIC),
				eaPo(3, FocusTask.PATROL_TRAFFIC)), nominees));

		assertThat(proposal.assignments().get("DAKNIA")).hasSize(2);
		assertThat(proposal.assignments().get("QUANGTHANH")).hasSize(1);
		assertThat(proposal.assignments().get("TAMTHANG")).isEmpty();
		assertThat(proposal.assignments().get("EAPO")).hasSize(3);
		assertThat(proposal.unassigned()).hasSize(6)
			.allSatisfy(officer -> assertThat(officer.reason().code()).isEqualTo(Code.QUOTAS_FULL));
	}

	@Test
	void prefersOfficersWhoseSkillsFitTheFocusTasks() {
		// Tâm Thắng wants patrols for the coffee harvest: the traffic officer from Gia Nghĩa beats the data clerk next
		// door, 70 km notwithstanding.
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE,
				List.of(tamThang(1, FocusTask.PATROL_TRAFFIC, FocusTask.HARVEST_SEASON_SECURITY)),
				List.of(officer("hung.nv", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL),
						officer("thao.lt", CUJUT, CU_JUT, null, Skill.IT_DATA, Skill.ONE_STOP_DESK))));

		assertThat(proposal.placements()).containsOnlyKeys("hung.nv");
		assertThat(proposal.unassignedOf("thao.lt")).map(Unassigned::reason)
			.hasValue(new Reason(Code.QUOTAS_FULL, "Các xã trong đợt đã đủ suất"));
	}

	@Test
	void prefersOfficersWithMoreMatchingSkills() {
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE, List.of(daknia(1, FocusTask.PATROL_TRAFFIC)),
				List.of(officer("an.pv", PC08, GIA_NGHIA, null, Skill.TRAFFIC),
						officer("binh.tq", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL))));

		assertThat(proposal.placements()).containsOnlyKeys("binh.tq");
	}

	@Test
	void prefersTheNearerCommuneWhenSkillsTie() {
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE,
				List.of(daknia(1, FocusTask.CRIME_PREVENTION_OUTREACH), tamThang(1, FocusTask.CRIME_PREVENTION_OUTREACH)),
				List.of(officer("an.pv", PC06, GIA_NGHIA, null, Skill.LAW_EDUCATION),
						officer("son.dh", CUJUT, CU_JUT, null, Skill.LAW_EDUCATION))));

		assertThat(proposal.placements()).isEqualTo(Map.of("an.pv", "DAKNIA", "son.dh", "TAMTHANG"));

		MatchingProposal alone = matcher.match(new MatchingInput(WAVE,
				List.of(daknia(1, FocusTask.CRIME_PREVENTION_OUTREACH), tamThang(1, FocusTask.CRIME_PREVENTION_OUTREACH)),
				List.of(officer("son.dh", CUJUT, CU_JUT, null, Skill.LAW_EDUCATION))));

		assertThat(alone.placements()).isEqualTo(Map.of("son.dh", "TAMTHANG"));
	}

	@Test
	void mixesSourceUnitsWithinACommune() {
		// Three equally good officers for two places: two of PC08, one of PC06. The commune gets one of each.
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE, List.of(daknia(2, FocusTask.PATROL_TRAFFIC)),
				List.of(officer("an.pv", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL),
						officer("binh.tq", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL),
						officer("cuong.lm", PC06, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL))));

		assertThat(proposal.assignments().get("DAKNIA")).extracting(Assignment::username)
			.map(username -> username.equals("cuong.lm") ? PC06 : PC08)
			.containsExactlyInAnyOrder(PC08, PC06);
		assertThat(proposal.assignments().get("DAKNIA"))
			.allSatisfy(assignment -> assertThat(assignment.reason(Code.SOURCE_UNIT_MIX).orElseThrow().text())
				.startsWith("Đơn vị nguồn: cán bộ đầu tiên của CADNO-PC0"));
	}

	@Test
	void sendsTwoOfficersOfOneSourceUnitWhenNobodyElseIsLeft() {
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE, List.of(daknia(2, FocusTask.PATROL_TRAFFIC)),
				List.of(officer("an.pv", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL),
						officer("binh.tq", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL))));

		assertThat(proposal.assignments().get("DAKNIA")).extracting(a -> a.reason(Code.SOURCE_UNIT_MIX).orElseThrow().text())
			.containsExactly("Đơn vị nguồn: cán bộ đầu tiên của CADNO-PC08 tại xã này",
					"Đơn vị nguồn: cán bộ thứ 2 của CADNO-PC08 tại xã này (-40 điểm)");
		assertThat(proposal.assignments().get("DAKNIA").get(1).score())
			.isEqualTo(proposal.assignments().get("DAKNIA").get(0).score() - SecondmentMatcher.SAME_SOURCE_UNIT_PENALTY);
	}

	@Test
	void excludesOfficersInAnOverlappingWave() {
		Nominee busy = officer("hung.nv", PC08, GIA_NGHIA, null, List.of(new Nominee.Commitment("DOT-2025-01",
				new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 15)))), Skill.TRAFFIC, Skill.PATROL);
		Nominee back = officer("an.pv", PC08, GIA_NGHIA, null, List.of(new Nominee.Commitment("DOT-2024-04",
				new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)))), Skill.TRAFFIC);

		MatchingProposal proposal = matcher
			.match(new MatchingInput(WAVE, List.of(daknia(2, FocusTask.PATROL_TRAFFIC)), List.of(busy, back)));

		assertThat(proposal.placements()).containsOnlyKeys("an.pv");
		assertThat(proposal.unassignedOf("hung.nv")).map(Unassigned::reason)
			.hasValue(new Reason(Code.OVERLAPPING_WAVE,
					"Đang tham gia đợt DOT-2025-01 (01/04/2025–15/07/2025), trùng thời gian với đợt này (01/07/2025–30/09/2025)"));
	}

	@Test
	void keepsPinnedAssignmentsAndCountsThemAgainstTheQuota() {
		// Lan's data skills would serve Quảng Thành, but the personnel department wants her in Đắk Nia.
		MatchingInput input = new MatchingInput(WAVE,
				List.of(daknia(2, FocusTask.PATROL_TRAFFIC), quangThanh(1, FocusTask.POPULATION_DATA)),
				List.of(officer("lan.tt", PC06, GIA_NGHIA, null, Skill.IT_DATA, Skill.RESIDENCE_REGISTRATION),
						officer("an.pv", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL),
						officer("binh.tq", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL),
						officer("cuong.lm", PX01, GIA_NGHIA, null, Skill.PATROL)));
		assertThat(matcher.match(input).placements()).containsEntry("lan.tt", "QUANGTHANH");

		MatchingProposal proposal = matcher.match(input.adjusted(Map.of("lan.tt", "DAKNIA"), Set.of()));

		List<Assignment> daknia = proposal.assignments().get("DAKNIA");
		assertThat(daknia).hasSize(2);
		assertThat(daknia.get(0).username()).isEqualTo("lan.tt");
		assertThat(daknia.get(0).pinned()).isTrue();
		assertThat(daknia.get(0).reason(Code.PINNED)).isPresent();
		assertThat(daknia.get(0).reason(Code.QUOTA_PLACE).orElseThrow().text()).isEqualTo("Suất 1/2");
		assertThat(daknia.get(1).pinned()).isFalse();
		assertThat(daknia.get(1).reason(Code.QUOTA_PLACE).orElseThrow().text()).isEqualTo("Suất 2/2");
		assertThat(proposal.assignedCount()).isEqualTo(3);
		assertThat(proposal.unassigned()).singleElement()
			.satisfies(officer -> assertThat(officer.reason().code()).isEqualTo(Code.QUOTAS_FULL));
	}

	@Test
	void proposesAReplacementWhenAnOfficerIsExcluded() {
		MatchingInput input = new MatchingInput(WAVE, daknongCommunes(2), daknongNominees());
		MatchingProposal first = matcher.match(input);
		assertThat(first.unfilledPlaces()).isZero();
		String refused = first.assignments().get("TAMTHANG").get(0).username();
		Map<String, String> othersPinned = new HashMap<>(first.placements());
		othersPinned.remove(refused);

		MatchingProposal second = matcher.match(input.adjusted(othersPinned, Set.of(refused)));

		Map<String, String> changed = new HashMap<>(second.placements());
		changed.entrySet().removeAll(othersPinned.entrySet());
		assertThat(changed).hasSize(1).containsValue("TAMTHANG");
		String replacement = changed.keySet().iterator().next();
		assertThat(first.unassignedOf(replacement)).isPresent();
		assertThat(second.placements()).containsAllEntriesOf(othersPinned);
		assertThat(second.unassignedOf(refused)).map(officer -> officer.reason().code()).hasValue(Code.EXCLUDED);
		assertThat(second.assignmentOf(replacement).orElseThrow().reason(Code.QUOTA_PLACE).orElseThrow().text())
			.isEqualTo("Suất 2/2");
		assertThat(second.unfilledPlaces()).isZero();
	}

	@Test
	void explainsEveryAssignment() {
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE, daknongCommunes(2), daknongNominees()));

		assertThat(proposal.assignedCount()).isEqualTo(8);
		assertThat(proposal.assignments().values().stream().flatMap(List::stream)).allSatisfy(assignment -> {
			assertThat(assignment.reasons()).extracting(Reason::code)
				.containsAnyOf(Code.SKILLS_MATCH, Code.NO_SKILLS_MATCH)
				.contains(Code.DISTANCE, Code.NOT_HOME_COMMUNE, Code.QUOTA_PLACE, Code.SOURCE_UNIT_MIX);
			assertThat(assignment.reason(Code.NOT_HOME_COMMUNE).orElseThrow().text()).isEqualTo("Không phải xã quê quán");
			assertThat(assignment.reason(Code.DISTANCE).orElseThrow().text()).matches("Cách \\d+ km \\((-\\d+|0) điểm\\)");
			assertThat(assignment.reason(Code.QUOTA_PLACE).orElseThrow().text()).matches("Suất [12]/2");
			assertThat(assignment.reason(Code.SOURCE_UNIT_MIX).orElseThrow().text()).startsWith("Đơn vị nguồn: cán bộ ");
		});

		// Hùng, a traffic officer of PC08 in Gia Nghĩa, goes to Quảng Thành, which asked for patrols.
		Assignment hung = proposal.assignmentOf("hung.nv").orElseThrow();
		int km = (int) Math.round(GIA_NGHIA.distanceKm(QUANG_THANH));
		assertThat(hung.communeCode()).isEqualTo("QUANGTHANH");
		assertThat(hung.reasons()).extracting(Reason::text)
			.containsExactly(
					"Kỹ năng phù hợp: Giao thông + Tuần tra, kiểm soát → Tuần tra, bảo đảm trật tự an toàn giao thông (+120 điểm)",
					"Cách " + km + " km (-" + km + " điểm)", "Không phải xã quê quán", "Suất 1/2",
					"Đơn vị nguồn: cán bộ đầu tiên của CADNO-PC08 tại xã này");
		assertThat(hung.score()).isEqualTo(120 - km);
	}

	@Test
	void isDeterministic() {
		Random random = new Random(20250701);
		List<CommuneNeed> communes = new ArrayList<>(daknongCommunes(3));
		List<Nominee> nominees = new ArrayList<>(daknongNominees());
		String[] units = { PC08, PC06, PX01, CUJUT };
		for (int i = 0; i < 30; i++) { // many officers alike, so ties must be broken the same way every time
			String unit = units[i % units.length];
			nominees.add(officer("ts" + String.format("%02d", i), unit, unit.equals(CUJUT) ? CU_JUT : GIA_NGHIA,
					i % 5 == 0 ? "EAPO" : null, Skill.values()[random.nextInt(6)], Skill.values()[random.nextInt(6)]));
		}
		Map<String, String> pinned = new HashMap<>(Map.of("ts03", "DAKNIA", "ts07", "EAPO"));
		Set<String> excluded = new HashSet<>(Set.of("ts11"));
		MatchingProposal reference = matcher.match(new MatchingInput(WAVE, communes, nominees, pinned, excluded));

		for (int run = 0; run < 20; run++) {
			Collections.shuffle(communes, random);
			Collections.shuffle(nominees, random);
			MatchingProposal again = matcher.match(new MatchingInput(WAVE, communes, nominees, pinned, excluded));
			assertThat(again).isEqualTo(reference);
			assertThat(again.toString()).isEqualTo(reference.toString());
		}
	}

	@Test
	void reportsUnfilledPlacesAndUnassignedNomineesWithReasons() {
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE,
				List.of(daknia(1, FocusTask.ID_CARD_CAMPAIGN), eaPo(3, FocusTask.ID_CARD_CAMPAIGN)),
				List.of(officer("an.pv", PC06, GIA_NGHIA, null, Skill.ID_CARD),
						officer("binh.tq", PC06, GIA_NGHIA, null, Skill.ID_CARD),
						officer("hung.nv", PC08, GIA_NGHIA, null, List.of(new Nominee.Commitment("DOT-2025-01",
								new Period(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31)))), Skill.TRAFFIC),
						officer("y.hmok", CUJUT, CU_JUT, "EAPO", Skill.MASS_MOBILISATION)),
				Map.of(), Set.of("binh.tq")));

		assertThat(proposal.placements()).isEqualTo(Map.of("an.pv", "EAPO", "y.hmok", "DAKNIA"));
		assertThat(proposal.unfilled()).containsExactly(new MatchingProposal.UnfilledPlaces("EAPO", 2,
				new Reason(Code.NOT_ENOUGH_NOMINEES, "Không đủ cán bộ: 2 cán bộ khả dụng cho 4 suất của đợt")));
		assertThat(proposal.unassigned()).extracting(Unassigned::username, officer -> officer.reason().code())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("binh.tq", Code.EXCLUDED),
					org.assertj.core.groups.Tuple.tuple("hung.nv", Code.OVERLAPPING_WAVE));

		MatchingProposal onlyHome = matcher.match(new MatchingInput(WAVE, List.of(eaPo(1, FocusTask.MASS_MOBILISATION)),
				List.of(officer("y.hmok", CUJUT, CU_JUT, "EAPO", Skill.MASS_MOBILISATION))));

		assertThat(onlyHome.unassigned()).containsExactly(new Unassigned("y.hmok",
				new Reason(Code.HOME_COMMUNE_ONLY, "Chỉ còn suất trống tại xã quê quán (Ea Pô)")));
		assertThat(onlyHome.unfilled()).containsExactly(new MatchingProposal.UnfilledPlaces("EAPO", 1, new Reason(
				Code.ONLY_LOCAL_NOMINEES_LEFT, "Cán bộ chưa được phân công đều có quê quán tại xã này: y.hmok")));
	}

	@Test
	void fillsEveryPlaceItCanWhenOnlyLocalOfficersAreLeft() {
		// Round one gives Đắk Nia the Ea Pô native and Ea Pô the other officer; round two has only the Đắk Nia native
		// left for Đắk Nia. An exchange fills it: the other officer moves to Đắk Nia, the native takes Ea Pô.
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE,
				List.of(daknia(2, FocusTask.POPULATION_DATA), eaPo(1, FocusTask.MASS_MOBILISATION)),
				List.of(officer("an.pv", PC06, GIA_NGHIA, "EAPO", Skill.IT_DATA, Skill.RESIDENCE_REGISTRATION),
						officer("son.dh", CUJUT, CU_JUT, null, Skill.MASS_MOBILISATION, Skill.MEDIATION),
						officer("nia.ht", PX01, GIA_NGHIA, "DAKNIA", Skill.PERSONNEL))));

		assertThat(proposal.unfilled()).isEmpty();
		assertThat(proposal.placements())
			.isEqualTo(Map.of("an.pv", "DAKNIA", "nia.ht", "EAPO", "son.dh", "DAKNIA"));
	}

	@Test
	void fillsEveryCommunesFirstPlaceBeforeAnySecond() {
		// Six officers next to Đắk Nia and Quảng Thành; the far communes still get one each before anyone gets a third.
		List<Nominee> nominees = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			nominees.add(officer("gn" + i, i % 2 == 0 ? PC08 : PC06, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL));
		}
		MatchingProposal proposal = matcher.match(new MatchingInput(WAVE, daknongCommunes(3), nominees));

		assertThat(proposal.assignments().values()).allSatisfy(list -> assertThat(list).hasSizeBetween(1, 2));
		assertThat(proposal.unfilledPlaces()).isEqualTo(6);
	}

	@Test
	void rejectsANegativeQuota() {
		assertThatThrownBy(() -> daknia(-1, FocusTask.PATROL_TRAFFIC)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("The quota of commune DAKNIA must not be negative, not -1");
	}

	@Test
	void rejectsDuplicateUsernames() {
		assertThatThrownBy(() -> new MatchingInput(WAVE, List.of(daknia(1)),
				List.of(officer("hung.nv", PC08, GIA_NGHIA, null), officer("hung.nv", PC06, GIA_NGHIA, null))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Officer hung.nv is nominated twice");
	}

	@Test
	void rejectsDuplicateCommunes() {
		assertThatThrownBy(() -> new MatchingInput(WAVE, List.of(daknia(1), daknia(2)), List.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Commune DAKNIA is listed twice in the wave");
	}

	@Test
	void rejectsAPinToAnUnknownCommune() {
		assertThatThrownBy(() -> new MatchingInput(WAVE, List.of(daknia(1)),
				List.of(officer("hung.nv", PC08, GIA_NGHIA, null)), Map.of("hung.nv", "BUONCHOAH"), Set.of()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Cannot pin hung.nv to BUONCHOAH: that commune is not in the wave");
	}

	@Test
	void rejectsPinsThatBreakAHardRule() {
		List<Nominee> nominees = List.of(officer("hung.nv", PC08, GIA_NGHIA, "DAKNIA"),
				officer("an.pv", PC08, GIA_NGHIA, null), officer("binh.tq", PC06, GIA_NGHIA, null));

		assertThatThrownBy(() -> new MatchingInput(WAVE, List.of(daknia(1)), nominees, Map.of("hung.nv", "DAKNIA"),
				Set.of()))
			.hasMessage("Cannot pin hung.nv to DAKNIA: it is the officer's home commune");
		assertThatThrownBy(() -> new MatchingInput(WAVE, List.of(daknia(1)), nominees,
				Map.of("an.pv", "DAKNIA", "binh.tq", "DAKNIA"), Set.of()))
			.hasMessage("More officers are pinned to DAKNIA than its quota of 1");
		assertThatThrownBy(() -> new MatchingInput(WAVE, List.of(daknia(1)), nominees, Map.of("an.pv", "DAKNIA"),
				Set.of("an.pv")))
			.hasMessage("Cannot pin an.pv: the officer is also excluded");
		assertThatThrownBy(
				() -> new MatchingInput(WAVE, List.of(daknia(1)), nominees, Map.of(), Set.of("khong.coten")))
			.hasMessage("Cannot exclude khong.coten: not among the nominees");
	}

	static final GeoPoint DAK_NIA = new GeoPoint(11.9520, 107.6560);

	static final GeoPoint QUANG_THANH = new GeoPoint(12.0480, 107.7190);

	static final GeoPoint TAM_THANG = new GeoPoint(12.6220, 107.8790);

	static final GeoPoint EA_PO = new GeoPoint(12.5560, 107.7960);

	static CommuneNeed daknia(int quota, FocusTask... focus) {
		return new CommuneNeed("DAKNIA", "Đắk Nia", quota, focus(focus), DAK_NIA);
	}

	static CommuneNeed quangThanh(int quota, FocusTask... focus) {
		return new CommuneNeed("QUANGTHANH", "Quảng Thành", quota, focus(focus), QUANG_THANH);
	}

	static CommuneNeed tamThang(int quota, FocusTask... focus) {
		return new CommuneNeed("TAMTHANG", "Tâm Thắng", quota, focus(focus), TAM_THANG);
	}

	static CommuneNeed eaPo(int quota, FocusTask... focus) {
		return new CommuneNeed("EAPO", "Ea Pô", quota, focus(focus), EA_PO);
	}

	/** The four communes, each with {@code quota} places and the needs of a harvest-season wave. */
	static List<CommuneNeed> daknongCommunes(int quota) {
		return List.of(daknia(quota, FocusTask.POPULATION_DATA, FocusTask.ID_CARD_CAMPAIGN),
				quangThanh(quota, FocusTask.PATROL_TRAFFIC),
				tamThang(quota, FocusTask.HARVEST_SEASON_SECURITY, FocusTask.CRIME_PREVENTION_OUTREACH),
				eaPo(quota, FocusTask.MASS_MOBILISATION, FocusTask.HARVEST_SEASON_SECURITY));
	}

	/** Ten officers of four source units. */
	static List<Nominee> daknongNominees() {
		return List.of(officer("hung.nv", PC08, GIA_NGHIA, null, Skill.TRAFFIC, Skill.PATROL),
				officer("tuan.lq", PC08, GIA_NGHIA, "QUANGTHANH", Skill.TRAFFIC, Skill.PATROL),
				officer("lan.tt", PC06, GIA_NGHIA, null, Skill.IT_DATA, Skill.RESIDENCE_REGISTRATION),
				officer("mai.pt", PC06, GIA_NGHIA, "DAKNIA", Skill.ID_CARD, Skill.ONE_STOP_DESK),
				officer("duc.hm", PC06, GIA_NGHIA, null, Skill.ID_CARD, Skill.IT_DATA),
				officer("nga.vt", PX01, GIA_NGHIA, null, Skill.PERSONNEL, Skill.PARTY_WORK, Skill.MASS_MOBILISATION),
				officer("quang.dv", PX01, GIA_NGHIA, "TAMTHANG", Skill.PERSONNEL, Skill.LAW_EDUCATION),
				officer("son.dh", CUJUT, CU_JUT, null, Skill.PATROL, Skill.INVESTIGATION),
				officer("y.hmok", CUJUT, CU_JUT, "EAPO", Skill.MASS_MOBILISATION, Skill.MEDIATION),
				officer("thao.lt", CUJUT, CU_JUT, null, Skill.MEDIATION, Skill.LAW_EDUCATION));
	}

	static Nominee officer(String username, String unit, GeoPoint at, String home, Skill... skills) {
		return officer(username, unit, at, home, List.of(), skills);
	}

	static Nominee officer(String username, String unit, GeoPoint at, String home, List<Nominee.Commitment> commitments,
			Skill... skills) {
		Set<Skill> set = skills.length == 0 ? EnumSet.noneOf(Skill.class) : EnumSet.of(skills[0], skills);
		return new Nominee(username, "Cán bộ " + username, unit, set, home, at, commitments);
	}

	static Set<FocusTask> focus(FocusTask... tasks) {
		return tasks.length == 0 ? EnumSet.noneOf(FocusTask.class) : EnumSet.of(tasks[0], tasks);
	}

}
