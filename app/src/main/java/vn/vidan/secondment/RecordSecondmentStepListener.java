package vn.vidan.secondment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.process.AnswerProblem;
import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;
import vn.vidan.process.TaskActor;
import vn.vidan.processes.secondment.SecondmentTermProcess;
import vn.vidan.processes.secondment.SecondmentWaveProcess;
import vn.vidan.web.ProblemMessages;

/**
 * On completing any user task of the secondment models: checks the answers ({@link SecondmentAnswers}, which also
 * answers bad input on the REST API as a 400) and writes them into the wave, the assignment or the reports. Flags
 * the gateways read ({@code approved}, {@code released}) are normalised to booleans.
 */
@ProcessBean("recordSecondmentStepListener")
class RecordSecondmentStepListener implements TaskListener {

	private final Waves waves;

	private final Terms terms;

	private final AssignmentRepository assignments;

	private final ActivityReportRepository reports;

	private final SecondmentAnswers answers;

	private final JdbcTemplate jdbc;

	private final ProblemMessages messages;

	RecordSecondmentStepListener(Waves waves, Terms terms, AssignmentRepository assignments,
			ActivityReportRepository reports, SecondmentAnswers answers, JdbcTemplate jdbc, ProblemMessages messages) {
		this.messages = messages;
		this.waves = waves;
		this.terms = terms;
		this.assignments = assignments;
		this.reports = reports;
		this.answers = answers;
		this.jdbc = jdbc;
	}

	@Override
	public void notify(DelegateTask task) {
		String key = task.getTaskDefinitionKey();
		List<AnswerProblem> problems = answers.problems(key, task::getVariable,
				task.getExecution().getProcessBusinessKey());
		if (!problems.isEmpty()) {
			throw new BadUserRequestException(messages.text(problems));
		}
		Instant now = EngineClock.now();
		String user = TaskActor.of(task, "hệ thống");
		switch (key) {
			case SecondmentWaveProcess.TASK_APPROVE_WAVE_PLAN -> {
				SecondmentWave wave = wave(task);
				if (flag(task, "approved")) {
					wave.approve(user);
				}
				else {
					wave.moveTo(WaveStatus.RETURNED);
				}
			}
			case SecondmentWaveProcess.TASK_REVISE_PLAN -> wave(task).moveTo(WaveStatus.DRAFT);
			case SecondmentWaveProcess.TASK_NOMINATE_OFFICERS -> {
				// Nominations are recorded one by one through the API; completing the task closes the unit's list.
			}
			case SecondmentWaveProcess.TASK_CONFIRM_ASSIGNMENTS -> {
				assignments.findByWaveCodeAndStatusInOrderById(wave(task).getCode(), EnumSet.of(AssignmentStatus.PROPOSED))
					.forEach(assignment -> assignment.moveTo(AssignmentStatus.CONFIRMED));
				wave(task).moveTo(WaveStatus.RELEASING);
			}
			case SecondmentWaveProcess.TASK_APPROVE_RELEASE, SecondmentTermProcess.TASK_APPROVE_REPLACEMENT_RELEASE -> {
				SecondmentAssignment assignment = terms.assignment((String) task.getVariable("assignmentId"));
				boolean released = flag(task, "released");
				assignment.decide(released, user, SecondmentAnswers.text(task.getVariable("releaseComment")), now);
			}
			case SecondmentWaveProcess.TASK_SIGN_DECISION -> {
				SecondmentWave wave = wave(task);
				wave.sign(user, SecondmentAnswers.text(task.getVariable("decisionNumber")), now);
			}
			case SecondmentTermProcess.TASK_CONFIRM_ARRIVAL -> holder(task).arrive(now);
			case SecondmentTermProcess.TASK_FILE_ACTIVITY_REPORT -> {
				SecondmentAssignment assignment = holder(task);
				int[] counts = new int[ActivityReport.COUNTS.length];
				for (int i = 0; i < counts.length; i++) {
					counts[i] = SecondmentAnswers.count(task.getVariable(ActivityReport.COUNTS[i]));
				}
				reports.save(new ActivityReport(UUID.randomUUID().toString(), assignment.getId(),
						terms.filed(assignment.getId()) + 1, terms.nextReportAt(assignment.getId()), counts,
						SecondmentAnswers.text(task.getVariable("reportNote")), now));
			}
			case SecondmentTermProcess.TASK_CONFIRM_ACTIVITY_REPORT -> {
				List<ActivityReport> filed = reports.findByAssignmentIdOrderByPeriodNo(holder(task).getId());
				filed.stream().filter(report -> report.getConfirmedAt() == null).forEach(report -> report.confirm(user, now));
			}
			case SecondmentTermProcess.TASK_CHASE_LATE_REPORT -> {
				SecondmentAssignment late = holder(task);
				jdbc.update("INSERT INTO sec_notice (id, assignment_id, recipient, created_at, message) VALUES (?, ?, ?, ?, ?)",
						UUID.randomUUID().toString(), late.getId(), late.getUsername(), Timestamp.from(now),
						"Trưởng Công an xã đôn đốc báo cáo: " + SecondmentAnswers.text(task.getVariable("direction")));
			}
			case SecondmentTermProcess.TASK_EVALUATE_BY_COMMUNE_CHIEF, SecondmentTermProcess.TASK_EVALUATE_BY_CHAIRMAN -> {
				String role = key.equals(SecondmentTermProcess.TASK_EVALUATE_BY_CHAIRMAN) ? "PEOPLES_COMMITTEE_CHAIRMAN"
						: "COMMUNE_POLICE_CHIEF";
				String assignmentId = holder(task).getId();
				jdbc.update("INSERT INTO sec_evaluation (assignment_id, evaluator_role, evaluator, rating, comment, evaluated_at) VALUES (?, ?, ?, ?, ?, ?)",
						assignmentId, role, user, SecondmentAnswers.text(task.getVariable("rating")),
						SecondmentAnswers.text(task.getVariable("comment")), Timestamp.from(now));
				if (Boolean.parseBoolean(String.valueOf(task.getVariable("proposeCommendation")))) {
					jdbc.update("INSERT INTO sec_commendation (assignment_id, proposed_by, proposed_at) SELECT ?, ?, ? FROM (SELECT 1 AS one) x "
							+ "WHERE NOT EXISTS (SELECT 1 FROM sec_commendation WHERE assignment_id = ?)", assignmentId, user,
							Timestamp.from(now), assignmentId);
				}
				task.removeVariable("proposeCommendation");
			}
			case SecondmentTermProcess.TASK_APPROVE_COMMENDATION -> jdbc.update(
					"UPDATE sec_commendation SET decided_by = ?, decided_at = ?, approved = ? WHERE assignment_id = ?", user,
					Timestamp.from(now), flag(task, "commendationApproved"), holder(task).getId());
			default -> throw new IllegalStateException("No step to record for task " + key);
		}
	}

	private SecondmentWave wave(DelegateTask task) {
		return waves.find(task.getExecution().getProcessBusinessKey());
	}

	private SecondmentAssignment holder(DelegateTask task) {
		return terms.assignment((String) task.getVariable(SecondmentTermProcess.Vars.ASSIGNMENT_ID));
	}

	private static boolean flag(DelegateTask task, String name) {
		boolean value = Boolean.parseBoolean(String.valueOf(task.getVariable(name)));
		task.setVariable(name, value);
		return value;
	}

}
