package vn.vidan.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_ProposeReplacements}: others for the places whose release was refused. */
@ProcessBean("proposeReplacementsDelegate")
class ProposeReplacementsDelegate implements JavaDelegate {

	private final Waves waves;

	ProposeReplacementsDelegate(Waves waves) {
		this.waves = waves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		waves.proposeReplacements(execution.getProcessBusinessKey());
	}

}
