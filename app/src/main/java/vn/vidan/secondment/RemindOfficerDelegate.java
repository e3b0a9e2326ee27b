package vn.vidan.secondment;

import java.sql.Timestamp;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;
import vn.vidan.processes.secondment.SecondmentTermProcess.Vars;

/** {@code ServiceTask_RemindOfficer}: the report is late; the officer gets a notice. */
@ProcessBean("remindOfficerDelegate")
class RemindOfficerDelegate implements JavaDelegate {

	private final Terms terms;

	private final JdbcTemplate jdbc;

	RemindOfficerDelegate(Terms terms, JdbcTemplate jdbc) {
		this.terms = terms;
		this.jdbc = jdbc;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String assignmentId = (String) execution.getVariable(Vars.ASSIGNMENT_ID);
		SecondmentAssignment assignment = terms.assignment(assignmentId);
		jdbc.update("INSERT INTO sec_notice (id, assignment_id, recipient, created_at, message) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), assignmentId, assignment.getUsername(), Timestamp.from(EngineClock.now()),
				"Báo cáo kỳ " + (terms.filed(assignmentId) + 1) + " của đợt " + assignment.getWaveCode()
						+ " đã quá hạn, đề nghị đồng chí nộp ngay.");
	}

}
