package vn.vidan.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.ProcessBean;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/**
 * {@code ServiceTask_TransferDossier}: sends a dossier decided above the commune to the deciding unit, which gets its
 * own process ({@code ResidentRequestDecisionProcess}) under the same receipt code.
 */
@ProcessBean("transferDossierDelegate")
class TransferDossierDelegate implements JavaDelegate {

	private final RequestLifecycle lifecycle;

	private final ProcedureRepository procedures;

	TransferDossierDelegate(RequestLifecycle lifecycle, ProcedureRepository procedures) {
		this.lifecycle = lifecycle;
		this.procedures = procedures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String receiptCode = execution.getProcessBusinessKey();
		ResidentRequest request = lifecycle.find(receiptCode);
		String decidingRole = procedures.findById(request.getProcedureCode())
			.map(Procedure::getDecidingRole)
			.orElseThrow();
		lifecycle.changeStatus(receiptCode, RequestStatus.TRANSFERRED, "Chuyển cấp có thẩm quyền: " + decidingRole);
		execution.getProcessEngineServices()
			.getRuntimeService()
			.createMessageCorrelation(ResidentRequestProcess.MESSAGE_DOSSIER_TRANSFERRED)
			.processInstanceBusinessKey(receiptCode)
			.setVariable(Vars.UNIT_CODE, request.getUnitCode())
			.setVariable(Vars.DECIDING_ROLE, decidingRole)
			.correlateStartMessage();
	}

}
