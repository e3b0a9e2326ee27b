package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/** {@code ServiceTask_IssueRefusal}: Records the written refusal and its reason, and closes the dossier. */
@ProcessBean("issueRefusalDelegate")
class IssueRefusalDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	IssueRefusalDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.refuse(execution.getProcessBusinessKey(), (String) execution.getVariable(Vars.REFUSAL_REASON));
		execution.removeVariable(Vars.REFUSAL_REASON);
	}

}
