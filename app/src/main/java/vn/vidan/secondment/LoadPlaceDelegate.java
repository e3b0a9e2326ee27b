package vn.vidan.secondment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.secondment.SecondmentTermProcess.Vars;

/** {@code ServiceTask_LoadPlace}: the commune of the place and the officer holding it. */
@ProcessBean("loadPlaceDelegate")
class LoadPlaceDelegate implements JavaDelegate {

	private final Terms terms;

	LoadPlaceDelegate(Terms terms) {
		this.terms = terms;
	}

	@Override
	public void execute(DelegateExecution execution) {
		SecondmentAssignment holder = terms.holderOf((String) execution.getVariable(Vars.PLACE_ID));
		execution.setVariable(Vars.COMMUNE_CODE, holder.getCommuneCode());
		execution.setVariable(Vars.ASSIGNMENT_ID, holder.getId());
	}

}
