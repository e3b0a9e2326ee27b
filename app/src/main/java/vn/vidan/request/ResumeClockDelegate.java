package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_ResumeClock}: Restarts the statutory clock when the supplement arrives; the appointment moves by the time paused. */
@ProcessBean("resumeClockDelegate")
class ResumeClockDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	ResumeClockDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.resume(execution.getProcessBusinessKey(), RequestLifecycle.actor());
	}

}
