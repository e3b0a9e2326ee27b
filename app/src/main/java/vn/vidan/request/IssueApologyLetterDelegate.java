package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_IssueApologyLetter}: Issues the apology letter with a new appointment date, and tells the leaders. */
@ProcessBean("issueApologyLetterDelegate")
class IssueApologyLetterDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	IssueApologyLetterDelegate(RequestLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.issueApologyLetter(execution.getProcessBusinessKey());
	}

}
