package vn.vidan.tip;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_ForwardToAgency}: records the forwarding of a matter outside police competence. */
@ProcessBean("forwardTipDelegate")
class ForwardTipDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	ForwardTipDelegate(TipLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport tip = lifecycle.find(execution.getProcessBusinessKey());
		tip.record(EngineClock.now(), lifecycle.actor(), "FORWARDED", "Chuyển " + tip.getForwardAgency());
	}

}
