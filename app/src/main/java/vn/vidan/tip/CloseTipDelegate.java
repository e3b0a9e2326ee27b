package vn.vidan.tip;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_CloseTip}: the tip is done; open escalations end with it. */
@ProcessBean("closeTipDelegate")
class CloseTipDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	CloseTipDelegate(TipLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport tip = lifecycle.find(execution.getProcessBusinessKey());
		Instant now = EngineClock.now();
		tip.close(now);
		tip.moveTo(TipStatus.CLOSED, now, lifecycle.actor(), "CLOSED", tip.result());
	}

}
