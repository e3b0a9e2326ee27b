package vn.vidan.secondment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;

/** Waves as people read them: the plan with its assignments and their reasons, and the summary of results. */
@Service
class WaveViews {

	record View(String code, String name, String provinceCode, LocalDate startDate, LocalDate endDate,
			String reportEvery, WaveStatus status, String statusLabel, String decisionNumber,
			List<CommuneView> communes, List<SourceView> sources, List<String> nominees,
			List<AssignmentView> assignments) {
	}

	record CommuneView(String unitCode, String name, int quota, List<FocusTask> focus) {
	}

	record SourceView(String unitCode, String name, Instant nominationDue) {
	}

	record AssignmentView(String id, String username, String fullName, String sourceUnitCode, String communeCode,
			AssignmentStatus status, int score, boolean pinned, String reasons, String refusalReason,
			Instant arrivedAt, Instant endedAt, String endReason) {
	}

	/** Totals of every counted result, in the order of {@link ActivityReport#COUNTS}, keyed by result name. */
	record Summary(String waveCode, WaveStatus status, int officers, int confirmedReports,
			Map<String, Integer> totals, List<CommuneSummary> communes, int commendationsApproved) {
	}

	record CommuneSummary(String unitCode, String name, int officers, int confirmedReports,
			Map<String, Integer> totals) {
	}

	private final Waves waves;

	private final AssignmentRepository assignments;

	private final ActivityReportRepository reports;

	private final OrgDirectory directory;

	private final WaveAccess access;

	private final JdbcTemplate jdbc;

	WaveViews(Waves waves, AssignmentRepository assignments, ActivityReportRepository reports, OrgDirectory directory,
			WaveAccess access, JdbcTemplate jdbc) {
		this.waves = waves;
		this.assignments = assignments;
		this.reports = reports;
		this.directory = directory;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public View view(String code) {
		SecondmentWave wave = waves.find(code);
		access.checkRead(wave);
		OrgSnapshot org = directory.snapshot();
		return new View(wave.getCode(), wave.getName(), wave.getProvinceCode(), wave.getStartDate(), wave.getEndDate(),
				wave.getReportEvery(), wave.getStatus(), wave.getStatus().label(), wave.getDecisionNumber(),
				wave.getCommunes()
					.stream()
					.map(c -> new CommuneView(c.unitCode(), org.unit(c.unitCode()).getName(), c.quota(), c.focus()))
					.toList(),
				wave.getSources()
					.stream()
					.map(s -> new SourceView(s.unitCode(), org.unit(s.unitCode()).getName(), s.nominationDue()))
					.toList(),
				waves.nominees(code),
				assignments.findByWaveCodeOrderByCommuneCodeAscUsernameAsc(code)
					.stream()
					.filter(a -> a.getStatus() != AssignmentStatus.WITHDRAWN || a.getRefusalReason() != null)
					.map(a -> new AssignmentView(a.getId(), a.getUsername(),
							org.officer(a.getUsername()).map(o -> o.getFullName()).orElse(a.getUsername()),
							org.officer(a.getUsername()).map(o -> o.getUnitCode()).orElse(null), a.getCommuneCode(),
							a.getStatus(), a.getScore(), a.isPinned(), a.getReasons(), a.getRefusalReason(),
							a.getArrivedAt(), a.getEndedAt(), a.getEndReason()))
					.toList());
	}

	/** Totals of the confirmed reports only, per commune and for the wave. */
	@Transactional(readOnly = true)
	public Summary summary(String code) {
		SecondmentWave wave = waves.find(code);
		access.checkRead(wave);
		OrgSnapshot org = directory.snapshot();
		List<SecondmentAssignment> served = assignments.findByWaveCodeOrderByCommuneCodeAscUsernameAsc(code)
			.stream()
			.filter(a -> a.getArrivedAt() != null)
			.toList();
		int[] waveTotals = new int[ActivityReport.COUNTS.length];
		int waveReports = 0;
		List<CommuneSummary> communes = new java.util.ArrayList<>();
		for (SecondmentWave.Commune commune : wave.getCommunes()) {
			List<SecondmentAssignment> here = served.stream()
				.filter(a -> a.getCommuneCode().equals(commune.unitCode()))
				.toList();
			List<ActivityReport> confirmed = here.isEmpty() ? List.of()
					: reports.findByAssignmentIdInAndConfirmedAtIsNotNull(
							here.stream().map(SecondmentAssignment::getId).toList());
			int[] totals = new int[ActivityReport.COUNTS.length];
			confirmed.forEach(report -> {
				int[] counts = report.counts();
				for (int i = 0; i < counts.length; i++) {
					totals[i] += counts[i];
					waveTotals[i] += counts[i];
				}
			});
			waveReports += confirmed.size();
			communes.add(new CommuneSummary(commune.unitCode(), org.unit(commune.unitCode()).getName(), here.size(),
					confirmed.size(), named(totals)));
		}
		Integer commended = jdbc.queryForObject("SELECT COUNT(*) FROM sec_commendation c JOIN sec_assignment a "
				+ "ON a.id = c.assignment_id WHERE a.wave_code = ? AND c.approved = TRUE", Integer.class, code);
		return new Summary(code, wave.getStatus(), served.size(), waveReports, named(waveTotals), communes,
				commended == null ? 0 : commended);
	}

	private static Map<String, Integer> named(int[] totals) {
		Map<String, Integer> named = new LinkedHashMap<>();
		IntStream.range(0, totals.length).forEach(i -> named.put(ActivityReport.COUNTS[i], totals[i]));
		return named;
	}

}
