package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/** {@code ServiceTask_RequestSupplement}: Stops the statutory clock and records everything missing, listed once. */
@ProcessBean("requestSupplementDelegate")
class RequestSupplementDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	RequestSupplementDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String missing = (String) execution.getVariable(Vars.MISSING_DOCUMENTS);
		lifecycle.requestSupplement(execution.getProcessBusinessKey(), missing, RequestLifecycle.actor());
		execution.removeVariable(Vars.MISSING_DOCUMENTS);
	}

}
