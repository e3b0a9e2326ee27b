package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_ReturnDossier}: Returns a dossier whose supplement never came. */
@ProcessBean("returnDossierDelegate")
class ReturnDossierDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	ReturnDossierDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.finish(execution.getProcessBusinessKey(), RequestStatus.RETURNED, "Quá hạn bổ sung, trả lại hồ sơ");
	}

}
