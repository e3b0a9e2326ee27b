package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/** {@code ServiceTask_ReturnDecision}: hands the deciding unit's decision back to the commune's process. */
@ProcessBean("returnDecisionDelegate")
class ReturnDecisionDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		execution.getProcessEngineServices()
			.getRuntimeService()
			.createMessageCorrelation(ResidentRequestProcess.MESSAGE_HIGHER_DECISION_RETURNED)
			.processInstanceBusinessKey(execution.getProcessBusinessKey())
			.setVariable(Vars.DECISION, execution.getVariable(Vars.DECISION))
			.setVariable(Vars.REFUSAL_REASON, execution.getVariable(Vars.REFUSAL_REASON))
			.correlate();
	}

}
