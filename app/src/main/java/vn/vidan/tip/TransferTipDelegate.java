package vn.vidan.tip;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Role;
import vn.vidan.org.RoutingService;
import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/**
 * {@code ServiceTask_TransferToInvestigation}: hands a crime report to the competent investigating agency, the
 * district police where the province still has one, else the province's criminal investigation department, with a
 * hand-over record; the agency must acknowledge within {@code vidan.tips.acknowledge-within}.
 */
@ProcessBean("transferTipDelegate")
class TransferTipDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	private final RoutingService routing;

	private final OrgDirectory directory;

	private final TipSettings settings;

	TransferTipDelegate(TipLifecycle lifecycle, RoutingService routing, OrgDirectory directory, TipSettings settings) {
		this.lifecycle = lifecycle;
		this.routing = routing;
		this.directory = directory;
		this.settings = settings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport tip = lifecycle.find(execution.getProcessBusinessKey());
		String agency = routing.route(tip.getUnitCode(), Role.INVESTIGATION_AGENCY, null).resolvedUnitCode();
		Instant now = EngineClock.now();
		tip.transfer(agency, "BBGN-" + tip.getReference(), now);
		tip.moveTo(TipStatus.TRANSFERRED, now, lifecycle.actor(), "TRANSFERRED",
				"Chuyển " + directory.snapshot().unit(agency).getName() + ", biên bản giao nhận " + tip.getHandoverRecordNo());
		execution.setVariable(Vars.RECEIVING_UNIT_CODE, agency);
		execution.setVariable(Vars.ACKNOWLEDGEMENT_DUE, Date.from(now.plus(settings.acknowledgeWithin())));
	}

}
