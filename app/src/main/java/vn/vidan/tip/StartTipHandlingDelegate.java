package vn.vidan.tip;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Role;
import vn.vidan.org.RoutingService;
import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/**
 * {@code ServiceTask_StartHandling}: sets the handling deadline from Decision_TipHandlingTime and assigns the area
 * officer for the incident's address, when the address names one.
 */
@ProcessBean("startTipHandlingDelegate")
class StartTipHandlingDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	private final RoutingService routing;

	private final OrgDirectory directory;

	StartTipHandlingDelegate(TipLifecycle lifecycle, RoutingService routing, OrgDirectory directory) {
		this.lifecycle = lifecycle;
		this.routing = routing;
		this.directory = directory;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport tip = lifecycle.find(execution.getProcessBusinessKey());
		Instant now = EngineClock.now();
		Instant due = lifecycle.deadline(tip, now, (String) execution.getVariable(Vars.HANDLING_DEADLINE),
				(String) execution.getVariable(Vars.HANDLING_CLOCK));
		tip.schedule(null, due);
		if (tip.getCategory() != TipCategory.OUTSIDE_COMPETENCE) {
			routing.route(tip.getUnitCode(), Role.AREA_OFFICER, tip.getIncidentAddress())
				.users()
				.stream()
				.sorted()
				.findFirst()
				.ifPresent(tip::assign);
		}
		tip.moveTo(TipStatus.IN_HANDLING, now, lifecycle.actor(), "HANDLING_STARTED",
				tip.getHandler() == null ? "Giao cán bộ địa bàn của đơn vị"
						: "Giao cán bộ địa bàn " + directory.snapshot()
							.officer(tip.getHandler())
							.map(Officer::getFullName)
							.orElse(tip.getHandler()));
		execution.setVariable(Vars.HANDLING_DUE, Date.from(due));
	}

}
