package vn.vidan.secondment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.CalendarSettings;
import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitLevel;
import vn.vidan.process.EngineClock;
import vn.vidan.processes.secondment.SecondmentWaveProcess;
import vn.vidan.web.ProblemException;

/**
 * Plans waves and their assignments: the plan, the nominations, the matcher's proposals (first, adjusted by
 * personnel, and replacements for refused releases or early ends), and the places the decision creates.
 */
@Service
class Waves {

	static final Set<AssignmentStatus> HOLDING = EnumSet.of(AssignmentStatus.CONFIRMED, AssignmentStatus.RELEASED,
			AssignmentStatus.SERVING);

	/** A wave's plan, as personnel drafts or revises it. */
	record Plan(@NotBlank @Pattern(regexp = "[A-Z0-9-]{3,32}", message = "{problem.validation.waveCode}") String code,
			@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 32) String provinceCode, @NotNull LocalDate startDate,
			@NotNull LocalDate endDate,
			@NotBlank @Pattern(regexp = "P7D|P14D|P1M", message = "{problem.validation.reportEvery}") String reportEvery,
			@NotEmpty @Size(max = 200) List<@NotNull @Valid CommunePlan> communes,
			@NotEmpty @Size(max = 200) List<@NotNull @Valid SourcePlan> sources) {
	}

	record CommunePlan(@NotBlank @Size(max = 32) String unitCode, @Min(1) @Max(20) int quota, @NotEmpty @Size(max = 20) List<@NotNull FocusTask> focus) {
	}

	record SourcePlan(@NotBlank @Size(max = 32) String unitCode, @NotNull OffsetDateTime nominationDue) {
	}

	private final WaveRepository waves;

	private final AssignmentRepository assignments;

	private final OrgDirectory directory;

	private final WaveAccess access;

	private final RuntimeService runtime;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	private final SecondmentMatcher matcher = new SecondmentMatcher();

	Waves(WaveRepository waves, AssignmentRepository assignments, OrgDirectory directory, WaveAccess access,
			RuntimeService runtime, JdbcTemplate jdbc, CalendarSettings calendar) {
		this.waves = waves;
		this.assignments = assignments;
		this.directory = directory;
		this.access = access;
		this.runtime = runtime;
		this.jdbc = jdbc;
		this.zone = calendar.zone();
	}

	@Transactional(readOnly = true)
	SecondmentWave find(String code) {
		return waves.findById(code)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "secondment.unknownWave", code));
	}

	@Transactional
	public SecondmentWave draft(Plan plan) {
		access.checkPersonnel(checkedProvince(plan.provinceCode()));
		if (waves.existsById(plan.code())) {
			throw new ProblemException(HttpStatus.CONFLICT, "secondment.waveExists", plan.code());
		}
		SecondmentWave drafted = new SecondmentWave(plan.code(), plan.provinceCode(), access.user(), EngineClock.now());
		applyPlan(drafted, plan);
		// An assigned id makes save() a merge: keep the managed copy it returns.
		SecondmentWave wave = waves.save(drafted);
		String processInstanceId = runtime
			.startProcessInstanceByKey(SecondmentWaveProcess.PROCESS_KEY, wave.getCode(),
					Map.of(SecondmentWaveProcess.Vars.WAVE_CODE, wave.getCode(),
							SecondmentWaveProcess.Vars.PROVINCE_CODE, wave.getProvinceCode()))
			.getId();
		wave.started(processInstanceId);
		return wave;
	}

	/** While the leadership has not approved it (or sent it back), personnel may change the plan. */
	@Transactional
	public SecondmentWave revise(String code, Plan plan) {
		SecondmentWave wave = find(code);
		access.checkPersonnel(wave.getProvinceCode());
		if (wave.getStatus() != WaveStatus.DRAFT && wave.getStatus() != WaveStatus.RETURNED) {
			throw new ProblemException(HttpStatus.CONFLICT, "secondment.planApproved", code, status(wave));
		}
		if (!plan.code().equals(code) || !plan.provinceCode().equals(wave.getProvinceCode())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.codeAndProvinceFixed", code,
					wave.getProvinceCode());
		}
		applyPlan(wave, plan);
		return wave;
	}

	private void applyPlan(SecondmentWave wave, Plan plan) {
		OrgSnapshot org = directory.snapshot();
		if (!plan.endDate().isAfter(plan.startDate())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.period");
		}
		Set<String> seen = new HashSet<>();
		List<SecondmentWave.Commune> communes = new ArrayList<>();
		for (CommunePlan commune : plan.communes()) {
			Unit unit = unitIn(org, commune.unitCode(), plan.provinceCode());
			if (unit.getLevel() != UnitLevel.COMMUNE) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.notCommune", unit.getName());
			}
			if (!seen.add(unit.getCode())) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.communeTwice", unit.getName());
			}
			communes.add(new SecondmentWave.Commune(unit.getCode(), commune.quota(), commune.focus()));
		}
		List<SecondmentWave.Source> sources = new ArrayList<>();
		for (SourcePlan source : plan.sources()) {
			Unit unit = unitIn(org, source.unitCode(), plan.provinceCode());
			if (unit.getLevel() == UnitLevel.COMMUNE || unit.getLevel() == UnitLevel.PROVINCE) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.notSourceUnit", unit.getName());
			}
			if (!seen.add(unit.getCode())) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.sourceTwice", unit.getName());
			}
			sources.add(new SecondmentWave.Source(unit.getCode(), source.nominationDue().toInstant()));
		}
		wave.plan(plan.name().trim(), plan.startDate(), plan.endDate(), plan.reportEvery(), communes, sources);
	}

	private String checkedProvince(String code) {
		OrgSnapshot org = directory.snapshot();
		if (!org.hasUnit(code) || org.unit(code).getLevel() != UnitLevel.PROVINCE) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.notProvince", code);
		}
		return code;
	}

	private static Unit unitIn(OrgSnapshot org, String code, String provinceCode) {
		if (!org.hasUnit(code)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.unknownUnit", code);
		}
		if (org.pathToRoot(code).stream().noneMatch(unit -> unit.getCode().equals(provinceCode))) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.otherProvince", org.unit(code).getName(),
					org.unit(provinceCode).getName());
		}
		return org.unit(code);
	}

	/** The head of a source unit (or personnel) nominates one of the unit's officers. */
	@Transactional
	public String nominate(String code, String username) {
		SecondmentWave wave = find(code);
		if (wave.getStatus() != WaveStatus.NOMINATING) {
			throw new ProblemException(HttpStatus.CONFLICT, "secondment.notNominating", code, status(wave));
		}
		OrgSnapshot org = directory.snapshot();
		Officer officer = org.officer(username)
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "secondment.unknownOfficer", username));
		String source = wave.getSources()
			.stream()
			.map(SecondmentWave.Source::unitCode)
			.filter(unit -> org.pathToRoot(officer.getUnitCode()).stream().anyMatch(u -> u.getCode().equals(unit)))
			.findFirst()
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "secondment.notFromSourceUnit",
					officer.getFullName(), org.unit(officer.getUnitCode()).getName(), code));
		access.checkSourceHead(wave, source);
		Integer already = jdbc.queryForObject(
				"SELECT COUNT(*) FROM sec_nomination WHERE wave_code = ? AND username = ?", Integer.class, code, username);
		if (already != null && already > 0) {
			throw new ProblemException(HttpStatus.CONFLICT, "secondment.alreadyNominated", officer.getFullName(), code);
		}
		jdbc.update("INSERT INTO sec_nomination (wave_code, username, source_unit_code, nominated_by, nominated_at) VALUES (?, ?, ?, ?, ?)",
				code, username, source, access.user(), Timestamp.from(EngineClock.now()));
		return source;
	}

	List<String> nominees(String code) {
		return jdbc.queryForList("SELECT username FROM sec_nomination WHERE wave_code = ? ORDER BY username", String.class,
				code);
	}

	/** The matcher's first proposal, after the nominations. */
	@Transactional
	public MatchingProposal propose(String code) {
		SecondmentWave wave = find(code);
		withdraw(code, AssignmentStatus.PROPOSED);
		MatchingProposal proposal = matcher.match(input(wave, Map.of(), Set.of()));
		save(wave, proposal, Set.of());
		wave.moveTo(WaveStatus.PROPOSED);
		return proposal;
	}

	/** Personnel moves an officer to another commune (or into the wave); the matcher redoes the rest around it. */
	@Transactional
	public MatchingProposal adjust(String code, String username, String communeCode) {
		SecondmentWave wave = find(code);
		access.checkPersonnel(wave.getProvinceCode());
		if (wave.getStatus() != WaveStatus.PROPOSED) {
			throw new ProblemException(HttpStatus.CONFLICT, "secondment.notUnderReview", code, status(wave));
		}
		if (!nominees(code).contains(username)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.notNominated", username, code);
		}
		if (wave.getCommunes().stream().noneMatch(commune -> commune.unitCode().equals(communeCode))) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "secondment.notTargetCommune", communeCode, code);
		}
		Map<String, String> pinned = new HashMap<>();
		List<SecondmentAssignment> current = assignments.findByWaveCodeAndStatusInOrderById(code,
				EnumSet.of(AssignmentStatus.PROPOSED, AssignmentStatus.RELEASED));
		current.stream().filter(a -> a.isPinned() || a.getStatus() == AssignmentStatus.RELEASED)
			.forEach(a -> pinned.put(a.getUsername(), a.getCommuneCode()));
		pinned.put(username, communeCode);
		MatchingProposal proposal;
		try {
			proposal = matcher.match(input(wave, pinned, refused(code)));
		}
		catch (MatchingInput.Invalid e) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "secondment.adjustmentNotPossible",
					ProblemException.phrase("secondment.matching." + e.reason(), e.arguments()));
		}
		withdraw(code, AssignmentStatus.PROPOSED);
		save(wave, proposal, released(code));
		return proposal;
	}

	/** After refused releases: keep everyone released, leave out the refused, propose others for the free places. */
	@Transactional
	public MatchingProposal proposeReplacements(String code) {
		SecondmentWave wave = find(code);
		assignments.findByWaveCodeAndStatusInOrderById(code, EnumSet.of(AssignmentStatus.REFUSED))
			.forEach(a -> a.moveTo(AssignmentStatus.WITHDRAWN));
		Map<String, String> released = new HashMap<>();
		assignments.findByWaveCodeAndStatusInOrderById(code, EnumSet.of(AssignmentStatus.RELEASED))
			.forEach(a -> released.put(a.getUsername(), a.getCommuneCode()));
		MatchingProposal proposal = matcher.match(input(wave, released, refused(code)));
		save(wave, proposal, released.keySet());
		wave.moveTo(WaveStatus.PROPOSED);
		return proposal;
	}

	/**
	 * Someone for the place an early end left free: everyone holding a place stays where they are, nobody who was
	 * refused or has served in this wave comes back. Empty when nobody is left.
	 */
	@Transactional
	public java.util.Optional<SecondmentAssignment> replacementFor(String code, String communeCode, String placeId) {
		SecondmentWave wave = find(code);
		Map<String, String> holding = new HashMap<>();
		assignments.findByWaveCodeAndStatusInOrderById(code, HOLDING)
			.forEach(a -> holding.put(a.getUsername(), a.getCommuneCode()));
		Set<String> gone = new HashSet<>(refused(code));
		assignments.findByWaveCodeAndStatusInOrderById(code,
				EnumSet.of(AssignmentStatus.ENDED_EARLY, AssignmentStatus.COMPLETED, AssignmentStatus.REFUSED))
			.forEach(a -> gone.add(a.getUsername()));
		gone.removeAll(holding.keySet());
		MatchingInput input = input(wave, holding, gone);
		// Only this commune's free place is to be filled: the other communes' quotas are what they hold now.
		List<CommuneNeed> needs = input.communes()
			.stream()
			.map(need -> need.unitCode().equals(communeCode) ? need
					: new CommuneNeed(need.unitCode(), need.name(),
							(int) holding.values().stream().filter(need.unitCode()::equals).count(), need.focus(),
							need.location()))
			.filter(need -> need.quota() > 0)
			.toList();
		MatchingProposal proposal = matcher.match(new MatchingInput(input.period(), needs, input.nominees(),
				input.pinned(), input.excluded()));
		return proposal.assignments()
			.getOrDefault(communeCode, List.of())
			.stream()
			.filter(a -> !holding.containsKey(a.username()))
			.findFirst()
			.map(a -> {
				SecondmentAssignment replacement = assignments.save(new SecondmentAssignment(
						UUID.randomUUID().toString(), code, a, AssignmentStatus.CONFIRMED, EngineClock.now()));
				replacement.takePlace(placeId);
				return replacement;
			});
	}

	private Set<String> refused(String code) {
		return new HashSet<>(jdbc.queryForList(
				"SELECT username FROM sec_assignment WHERE wave_code = ? AND refusal_reason IS NOT NULL", String.class,
				code));
	}

	private void withdraw(String code, AssignmentStatus status) {
		assignments.findByWaveCodeAndStatusInOrderById(code, EnumSet.of(status))
			.forEach(a -> a.moveTo(AssignmentStatus.WITHDRAWN));
		assignments.flush();
	}

	/** Stores the proposal's assignments, except those of officers already released to the wave (they keep theirs). */
	private void save(SecondmentWave wave, MatchingProposal proposal, Set<String> released) {
		Instant now = EngineClock.now();
		proposal.assignments()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter(a -> !released.contains(a.username()))
			.forEach(a -> assignments.save(new SecondmentAssignment(UUID.randomUUID().toString(), wave.getCode(), a,
					AssignmentStatus.PROPOSED, now)));
	}

	private Set<String> released(String code) {
		Set<String> released = new HashSet<>();
		assignments.findByWaveCodeAndStatusInOrderById(code, EnumSet.of(AssignmentStatus.RELEASED))
			.forEach(a -> released.add(a.getUsername()));
		return released;
	}

	/** What the matcher needs: the communes with their places and needs, the nominees with skills and commitments. */
	MatchingInput input(SecondmentWave wave, Map<String, String> pinned, Set<String> excluded) {
		OrgSnapshot org = directory.snapshot();
		List<CommuneNeed> communes = wave.getCommunes()
			.stream()
			.map(commune -> new CommuneNeed(commune.unitCode(), org.unit(commune.unitCode()).getName(), commune.quota(),
					EnumSet.copyOf(commune.focus()), location(org, commune.unitCode())))
			.toList();
		List<String> usernames = nominees(wave.getCode());
		Map<String, List<Nominee.Commitment>> commitments = new HashMap<>();
		Map<String, Period> otherWaves = new HashMap<>();
		assignments.findByUsernameInAndStatusIn(usernames, HOLDING)
			.stream()
			.filter(a -> !a.getWaveCode().equals(wave.getCode()))
			.forEach(a -> commitments.computeIfAbsent(a.getUsername(), u -> new ArrayList<>())
				.add(new Nominee.Commitment(a.getWaveCode(),
						otherWaves.computeIfAbsent(a.getWaveCode(), other -> find(other).period()))));
		List<Nominee> nominees = usernames.stream().map(username -> {
			Officer officer = org.officer(username).orElseThrow();
			return new Nominee(username, officer.getFullName(), sourceOf(wave, org, officer), officer.getSkills(),
					officer.getHomeCommuneCode(), location(org, officer.getUnitCode()),
					commitments.getOrDefault(username, List.of()));
		}).toList();
		Set<String> keptOut = new LinkedHashSet<>(excluded);
		keptOut.retainAll(usernames);
		Map<String, String> pins = new HashMap<>(pinned);
		pins.keySet().retainAll(usernames);
		return new MatchingInput(wave.period(), communes, nominees, pins, keptOut);
	}

	private static String sourceOf(SecondmentWave wave, OrgSnapshot org, Officer officer) {
		return wave.getSources()
			.stream()
			.map(SecondmentWave.Source::unitCode)
			.filter(unit -> org.pathToRoot(officer.getUnitCode()).stream().anyMatch(u -> u.getCode().equals(unit)))
			.findFirst()
			.orElse(officer.getUnitCode());
	}

	private static GeoPoint location(OrgSnapshot org, String unitCode) {
		double[] at = org.location(unitCode).orElse(new double[] { 0, 0 });
		return new GeoPoint(at[0], at[1]);
	}

	/** Wall-clock instants of the wave: it starts and ends at 17:00 local time on its dates. */
	Instant startOf(SecondmentWave wave) {
		return wave.getStartDate().atTime(8, 0).atZone(zone).toInstant();
	}

	Instant endOf(SecondmentWave wave) {
		return wave.getEndDate().atTime(17, 0).atZone(zone).toInstant();
	}

	ZoneId zone() {
		return zone;
	}

	/** The wave's status in the reader's words ({@code problem.waveStatus.*}). */
	private static MessageSourceResolvable status(SecondmentWave wave) {
		return ProblemException.label("waveStatus", wave.getStatus());
	}

}
