package vn.vidan.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_ProposeAssignments}: the matcher's first proposal once every source unit has nominated. */
@ProcessBean("proposeAssignmentsDelegate")
class ProposeAssignmentsDelegate implements JavaDelegate {

	private final Waves waves;

	ProposeAssignmentsDelegate(Waves waves) {
		this.waves = waves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		waves.propose(execution.getProcessBusinessKey());
	}

}
