package vn.vidan.secondment;

import java.util.Date;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Role;
import vn.vidan.org.RoutingService;
import vn.vidan.process.ProcessBean;

/** What the secondment models ask: {@code ${secondments.sourceUnits(waveCode)}}, {@code ${secondments.termEnd(waveCode)}}. */
@ProcessBean("secondments")
public class SecondmentProcessBean {

	private final Waves waves;

	private final Terms terms;

	private final AssignmentRepository assignments;

	private final OrgDirectory directory;

	private final RoutingService routing;

	private final JdbcTemplate jdbc;

	SecondmentProcessBean(Waves waves, Terms terms, AssignmentRepository assignments, OrgDirectory directory,
			RoutingService routing, JdbcTemplate jdbc) {
		this.waves = waves;
		this.terms = terms;
		this.assignments = assignments;
		this.directory = directory;
		this.routing = routing;
		this.jdbc = jdbc;
	}

	public List<String> sourceUnits(String waveCode) {
		return waves.find(waveCode).getSources().stream().map(SecondmentWave.Source::unitCode).toList();
	}

	/** The source unit's own nomination deadline, from the plan. */
	public Date nominationDue(String waveCode, String sourceUnitCode) {
		return Date.from(waves.find(waveCode)
			.getSources()
			.stream()
			.filter(source -> source.unitCode().equals(sourceUnitCode))
			.map(SecondmentWave.Source::nominationDue)
			.findFirst()
			.orElseThrow());
	}

	public List<String> pendingReleases(String waveCode) {
		return assignments.findByWaveCodeAndStatusInOrderById(waveCode, EnumSet.of(AssignmentStatus.CONFIRMED))
			.stream()
			.map(SecondmentAssignment::getId)
			.toList();
	}

	public int refusedReleases(String waveCode) {
		return assignments.findByWaveCodeAndStatusInOrderById(waveCode, EnumSet.of(AssignmentStatus.REFUSED)).size();
	}

	/** The officer's direct leaders: the leaders of the officer's own unit. */
	public List<String> supervisorGroups(String assignmentId) {
		String unit = directory.snapshot().officer(terms.assignment(assignmentId).getUsername()).orElseThrow().getUnitCode();
		return routing.route(unit, Role.UNIT_LEADER, null).groups();
	}

	public List<String> places(String waveCode) {
		return jdbc.queryForList("SELECT id FROM sec_place WHERE wave_code = ? ORDER BY commune_code, place_no",
				String.class, waveCode);
	}

	public Date arrivalDue(String assignmentId) {
		SecondmentWave wave = waves.find(terms.assignment(assignmentId).getWaveCode());
		java.time.Instant start = waves.startOf(wave).plus(java.time.Duration.ofHours(9));
		java.time.Instant now = vn.vidan.process.EngineClock.now();
		return Date.from(start.isAfter(now) ? start : now.plus(java.time.Duration.ofDays(1)));
	}

	public String officer(String assignmentId) {
		return terms.assignment(assignmentId).getUsername();
	}

	public Date nextReportAt(String assignmentId) {
		return Date.from(terms.nextReportAt(assignmentId));
	}

	public Date reportDue(String assignmentId) {
		return Date.from(terms.reportDue(assignmentId));
	}

	public Date reportEscalationAt(String assignmentId) {
		return Date.from(terms.reportEscalationAt(assignmentId));
	}

	public boolean moreReports(String assignmentId) {
		return terms.moreReports(assignmentId);
	}

	public Date termEnd(String waveCode) {
		return Date.from(waves.endOf(waves.find(waveCode)));
	}

	public boolean commendationProposed(String assignmentId) {
		Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM sec_commendation WHERE assignment_id = ?",
				Integer.class, assignmentId);
		return rows != null && rows > 0;
	}

}
