package vn.vidan.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.secondment.SecondmentTermProcess.Vars;

/** {@code ServiceTask_ProposeReplacement}: someone nominated and free for the place an early end left. */
@ProcessBean("proposeReplacementDelegate")
class ProposeReplacementDelegate implements JavaDelegate {

	private final Waves waves;

	ProposeReplacementDelegate(Waves waves) {
		this.waves = waves;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var replacement = waves.replacementFor((String) execution.getVariable(Vars.WAVE_CODE),
				(String) execution.getVariable(Vars.COMMUNE_CODE), (String) execution.getVariable(Vars.PLACE_ID));
		execution.setVariable(Vars.REPLACEMENT_FOUND, replacement.isPresent());
		replacement.ifPresent(assignment -> execution.setVariable(Vars.ASSIGNMENT_ID, assignment.getId()));
	}

}
