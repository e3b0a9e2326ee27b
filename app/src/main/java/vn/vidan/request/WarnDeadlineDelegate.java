package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_WarnDeadline}: Tells the desk and the leaders that 75% of the statutory time is used. */
@ProcessBean("warnDeadlineDelegate")
class WarnDeadlineDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	WarnDeadlineDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.warnDeadline(execution.getProcessBusinessKey());
	}

}
