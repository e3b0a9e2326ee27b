package vn.vidan.secondment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.process.CaseDiagram;
import vn.vidan.process.CaseProgress;
import vn.vidan.process.CaseTask;
import vn.vidan.processes.secondment.SecondmentWaveProcess;

/**
 * A secondment wave's page and the list of waves a person may read: the plan with its communes, quotas and focus
 * tasks, the source units and their nomination deadlines, the nominees, the assignments with the matcher's reasons,
 * release decisions, terms, reports with their counts, evaluations, commendations and the summary, the decision, and
 * the wave's tasks and diagram.
 */
@Service
class WavePage {

	record View(String code, String name, String provinceCode, LocalDate startDate, LocalDate endDate,
			String reportEvery, WaveStatus status, String tone, String createdBy, Instant createdAt, String approvedBy,
			String decisionNumber, String signedBy, Instant signedAt, Instant closedAt, boolean hasDecision,
			List<CommuneView> communes, List<SourceView> sources, List<NominationView> nominations,
			List<AssignmentView> assignments, List<ReportView> reports, List<EvaluationView> evaluations,
			List<CommendationView> commendations, WaveViews.Summary summary, List<CaseTask> openTasks,
			List<CaseTask> doneTasks, CaseDiagram diagram) {

		public int places() {
			return communes.stream().mapToInt(CommuneView::quota).sum();
		}

		public List<AssignmentView> decided() {
			return assignments.stream().filter(a -> a.decidedBy() != null || a.refusalReason() != null).toList();
		}

		public List<AssignmentView> terms() {
			return assignments.stream().filter(a -> a.arrivedAt() != null).toList();
		}

		public boolean open() {
			return closedAt == null;
		}

	}

	/** A target commune; {@code holding}: places filled (confirmed, released, serving, or served to the end). */
	record CommuneView(String unitCode, String name, int quota, List<FocusTask> focus, int holding) {
	}

	record SourceView(String unitCode, String name, Instant nominationDue, long nominated) {
	}

	record NominationView(String username, String sourceUnitCode, String nominatedBy, Instant nominatedAt) {
	}

	record AssignmentView(String id, String username, String sourceUnitCode, String communeCode,
			AssignmentStatus status, String tone, int score, boolean pinned, List<String> reasons, String decidedBy,
			Instant decidedAt, String refusalReason, Instant arrivedAt, Instant endedAt, Instant plannedEnd,
			String endReason) {
	}

	record ReportView(String username, String communeCode, int periodNo, Instant periodEnd, Map<String, Integer> counts,
			String note, Instant filedAt, String confirmedBy, Instant confirmedAt) {
	}

	record EvaluationView(String username, String communeCode, String evaluatorRole, String evaluator, String rating,
			String comment, Instant at) {
	}

	record CommendationView(String username, String communeCode, String proposedBy, Instant proposedAt,
			String decidedBy, Instant decidedAt, Boolean approved) {
	}

	/** A line of the list of waves. */
	record Row(String code, String name, String provinceCode, LocalDate startDate, LocalDate endDate,
			WaveStatus status, String tone, int communes, int places) {
	}

	private final Waves waves;

	private final WaveRepository repository;

	private final WaveViews views;

	private final WaveAccess access;

	private final AssignmentRepository assignments;

	private final ActivityReportRepository reports;

	private final OrgDirectory directory;

	private final CaseProgress progress;

	private final JdbcTemplate jdbc;

	WavePage(Waves waves, WaveRepository repository, WaveViews views, WaveAccess access,
			AssignmentRepository assignments, ActivityReportRepository reports, OrgDirectory directory,
			CaseProgress progress, JdbcTemplate jdbc) {
		this.waves = waves;
		this.repository = repository;
		this.views = views;
		this.access = access;
		this.assignments = assignments;
		this.reports = reports;
		this.directory = directory;
		this.progress = progress;
		this.jdbc = jdbc;
	}

	/** The waves of the person's province (all of them for administrators and auditors), latest first. */
	@Transactional(readOnly = true)
	List<Row> list() {
		return repository.findAll()
			.stream()
			.filter(access::mayRead)
			.sorted(Comparator.comparing(SecondmentWave::getStartDate).reversed().thenComparing(SecondmentWave::getCode))
			.map(wave -> new Row(wave.getCode(), wave.getName(), wave.getProvinceCode(), wave.getStartDate(),
					wave.getEndDate(), wave.getStatus(), tone(wave.getStatus()), wave.getCommunes().size(),
					wave.getCommunes().stream().mapToInt(SecondmentWave.Commune::quota).sum()))
			.toList();
	}

	@Transactional(readOnly = true)
	View view(String code, boolean withProcess) {
		SecondmentWave wave = waves.find(code);
		access.checkRead(wave);
		OrgSnapshot org = directory.snapshot();
		Instant plannedEnd = waves.endOf(wave);
		List<SecondmentAssignment> all = assignments.findByWaveCodeOrderByCommuneCodeAscUsernameAsc(code)
			.stream()
			.filter(a -> a.getStatus() != AssignmentStatus.WITHDRAWN || a.getRefusalReason() != null)
			.toList();
		Map<String, SecondmentAssignment> byId = all.stream()
			.collect(Collectors.toMap(SecondmentAssignment::getId, Function.identity()));
		List<NominationView> nominations = jdbc.query(
				"SELECT username, source_unit_code, nominated_by, nominated_at FROM sec_nomination WHERE wave_code = ? ORDER BY source_unit_code, username",
				(row, i) -> new NominationView(row.getString(1), row.getString(2), row.getString(3),
						row.getTimestamp(4).toInstant()),
				code);
		List<AssignmentView> assignmentViews = all.stream()
			.map(a -> new AssignmentView(a.getId(), a.getUsername(),
					org.officer(a.getUsername()).map(o -> o.getUnitCode()).orElse(null), a.getCommuneCode(),
					a.getStatus(), tone(a.getStatus()), a.getScore(), a.isPinned(), reasons(a.getReasons()),
					a.getDecidedBy(), a.getDecidedAt(), a.getRefusalReason(), a.getArrivedAt(), a.getEndedAt(),
					plannedEnd, a.getEndReason()))
			.toList();
		List<ReportView> reportViews = all.isEmpty() ? List.of()
				: all.stream()
					.flatMap(a -> reports.findByAssignmentIdOrderByPeriodNo(a.getId()).stream())
					.map(r -> {
						SecondmentAssignment a = byId.get(r.getAssignmentId());
						int[] counts = r.counts();
						Map<String, Integer> named = new LinkedHashMap<>();
						for (int i = 0; i < counts.length; i++) {
							named.put(ActivityReport.COUNTS[i], counts[i]);
						}
						return new ReportView(a.getUsername(), a.getCommuneCode(), r.getPeriodNo(), r.getPeriodEnd(), named,
								r.getNote(), r.getFiledAt(), r.getConfirmedBy(), r.getConfirmedAt());
					})
					.toList();
		List<EvaluationView> evaluations = jdbc.query("""
				SELECT a.username, a.commune_code, e.evaluator_role, e.evaluator, e.rating, e.comment, e.evaluated_at
				FROM sec_evaluation e JOIN sec_assignment a ON a.id = e.assignment_id
				WHERE a.wave_code = ? ORDER BY a.commune_code, a.username, e.evaluated_at""",
				(row, i) -> new EvaluationView(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), row.getString(6), row.getTimestamp(7).toInstant()),
				code);
		List<CommendationView> commendations = jdbc.query("""
				SELECT a.username, a.commune_code, c.proposed_by, c.proposed_at, c.decided_by, c.decided_at, c.approved
				FROM sec_commendation c JOIN sec_assignment a ON a.id = c.assignment_id
				WHERE a.wave_code = ? ORDER BY a.commune_code, a.username""",
				(row, i) -> new CommendationView(row.getString(1), row.getString(2), row.getString(3),
						row.getTimestamp(4).toInstant(), row.getString(5),
						row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant(),
						row.getObject(7) == null ? null : row.getBoolean(7)),
				code);
		Boolean hasDecision = jdbc.queryForObject(
				"SELECT CASE WHEN decision_pdf IS NULL THEN FALSE ELSE TRUE END FROM sec_wave WHERE code = ?",
				Boolean.class, code);
		List<CommuneView> communes = wave.getCommunes()
			.stream()
			.map(c -> new CommuneView(c.unitCode(), org.unit(c.unitCode()).getName(), c.quota(), c.focus(),
					(int) all.stream()
						.filter(a -> a.getCommuneCode().equals(c.unitCode()) && (Waves.HOLDING.contains(a.getStatus())
								|| a.getStatus() == AssignmentStatus.COMPLETED))
						.count()))
			.toList();
		List<SourceView> sources = wave.getSources()
			.stream()
			.map(s -> new SourceView(s.unitCode(), org.unit(s.unitCode()).getName(), s.nominationDue(),
					nominations.stream().filter(n -> n.sourceUnitCode().equals(s.unitCode())).count()))
			.toList();
		return new View(wave.getCode(), wave.getName(), wave.getProvinceCode(), wave.getStartDate(),
				wave.getEndDate(), wave.getReportEvery(), wave.getStatus(), tone(wave.getStatus()), wave.getCreatedBy(),
				wave.getCreatedAt(), wave.getApprovedBy(), wave.getDecisionNumber(), wave.getSignedBy(),
				wave.getSignedAt(), wave.getClosedAt(), Boolean.TRUE.equals(hasDecision), communes, sources,
				nominations, assignmentViews, reportViews, evaluations, commendations, views.summary(code),
				withProcess ? progress.openTasks(code) : List.of(), withProcess ? progress.doneTasks(code) : List.of(),
				withProcess ? progress.diagram(code, SecondmentWaveProcess.PROCESS_KEY).orElse(null) : null);
	}

	@Transactional(readOnly = true)
	Optional<String> diagramXml(String code) {
		SecondmentWave wave = waves.find(code);
		access.checkRead(wave);
		return progress.diagram(code, SecondmentWaveProcess.PROCESS_KEY)
			.map(CaseDiagram::processDefinitionId)
			.map(progress::modelXml);
	}

	/** The matcher's explanation, one reason a line. */
	static List<String> reasons(String joined) {
		return joined == null || joined.isBlank() ? List.of()
				: Arrays.stream(joined.split(";\\s+")).map(String::trim).filter(r -> !r.isEmpty()).toList();
	}

	static String tone(WaveStatus status) {
		return switch (status) {
			case RETURNED -> "soon";
			case DEPLOYED -> "ok";
			case CLOSED -> "neutral";
			default -> "info";
		};
	}

	static String tone(AssignmentStatus status) {
		return switch (status) {
			case RELEASED, SERVING, COMPLETED -> "ok";
			case REFUSED -> "late";
			case ENDED_EARLY -> "soon";
			case WITHDRAWN -> "neutral";
			default -> "info";
		};
	}

}
