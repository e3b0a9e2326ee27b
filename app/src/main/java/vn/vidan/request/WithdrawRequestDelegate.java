package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_WithdrawRequest}: Records that the resident withdrew the dossier. */
@ProcessBean("withdrawRequestDelegate")
class WithdrawRequestDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	WithdrawRequestDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.finish(execution.getProcessBusinessKey(), RequestStatus.WITHDRAWN, "Công dân rút hồ sơ");
	}

}
