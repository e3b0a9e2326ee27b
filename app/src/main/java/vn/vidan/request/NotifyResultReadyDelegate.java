package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_NotifyResultReady}: Tells the resident the result is ready. */
@ProcessBean("notifyResultReadyDelegate")
class NotifyResultReadyDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	NotifyResultReadyDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.notifyResultReady(execution.getProcessBusinessKey());
	}

}
