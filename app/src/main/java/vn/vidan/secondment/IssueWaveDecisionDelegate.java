package vn.vidan.secondment;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.process.ProcessBean;

/**
 * {@code ServiceTask_IssueDecision}: the signed decision as a PDF listing every assignment, and one place per released
 * officer, numbered within each commune; each place then runs its own term.
 */
@ProcessBean("issueWaveDecisionDelegate")
class IssueWaveDecisionDelegate implements JavaDelegate {

	private final Waves waves;

	private final AssignmentRepository assignments;

	private final WaveDecision decision;

	private final JdbcTemplate jdbc;

	IssueWaveDecisionDelegate(Waves waves, AssignmentRepository assignments, WaveDecision decision, JdbcTemplate jdbc) {
		this.waves = waves;
		this.assignments = assignments;
		this.decision = decision;
		this.jdbc = jdbc;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SecondmentWave wave = waves.find(execution.getProcessBusinessKey());
		List<SecondmentAssignment> released = assignments.findByWaveCodeAndStatusInOrderById(wave.getCode(),
				EnumSet.of(AssignmentStatus.RELEASED));
		released.stream()
			.sorted(java.util.Comparator.comparing(SecondmentAssignment::getCommuneCode)
				.thenComparing(SecondmentAssignment::getUsername))
			.forEach(assignment -> {
				String placeId = UUID.randomUUID().toString();
				Integer taken = jdbc.queryForObject(
						"SELECT COUNT(*) FROM sec_place WHERE wave_code = ? AND commune_code = ?", Integer.class,
						wave.getCode(), assignment.getCommuneCode());
				jdbc.update("INSERT INTO sec_place (id, wave_code, commune_code, place_no) VALUES (?, ?, ?, ?)", placeId,
						wave.getCode(), assignment.getCommuneCode(), taken + 1);
				assignment.takePlace(placeId);
			});
		wave.issue(decision.pdf(wave, released));
	}

}
