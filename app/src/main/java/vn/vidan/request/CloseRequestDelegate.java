package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/** {@code ServiceTask_CloseRequest}: Records the hand-over, closes the dossier and classifies it early, on time or late. */
@ProcessBean("closeRequestDelegate")
class CloseRequestDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	CloseRequestDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.close(execution.getProcessBusinessKey(), (String) execution.getVariable(Vars.HAND_OVER_METHOD),
				(String) execution.getVariable(Vars.TRACKING_NUMBER));
		execution.removeVariable(Vars.TRACKING_NUMBER);
	}

}
