package vn.vidan.tip;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/** {@code ServiceTask_ScheduleTriage}: turns the row of Decision_TipTriage into the triage deadline, from receipt. */
@ProcessBean("scheduleTriageDelegate")
class ScheduleTriageDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	ScheduleTriageDelegate(TipLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport tip = lifecycle.find(execution.getProcessBusinessKey());
		Instant due = lifecycle.deadline(tip, tip.getReceivedAt(), (String) execution.getVariable(Vars.TRIAGE_DEADLINE),
				(String) execution.getVariable(Vars.TRIAGE_CLOCK));
		tip.schedule(due, null);
		execution.setVariable(Vars.TRIAGE_DUE, Date.from(due));
	}

}
