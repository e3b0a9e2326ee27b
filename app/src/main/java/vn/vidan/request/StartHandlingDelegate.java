package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_StartHandling}: Marks a complete dossier as being handled. */
@ProcessBean("startHandlingDelegate")
class StartHandlingDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	StartHandlingDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.changeStatus(execution.getProcessBusinessKey(), RequestStatus.IN_PROGRESS, "Hồ sơ đầy đủ, chuyển giải quyết");
	}

}
