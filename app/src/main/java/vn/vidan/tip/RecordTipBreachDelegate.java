package vn.vidan.tip;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_RecordBreach}: counts and notes a breached deadline before the leader is asked to act. */
@ProcessBean("recordTipBreachDelegate")
class RecordTipBreachDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	RecordTipBreachDelegate(TipLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport tip = lifecycle.find(execution.getProcessBusinessKey());
		String which = switch (tip.getStatus()) {
			case RECEIVED, DISPATCHED -> "Quá hạn phân loại";
			case TRANSFERRED -> "Cơ quan điều tra quá hạn xác nhận tiếp nhận";
			default -> "Quá hạn giải quyết";
		};
		tip.breached();
		tip.record(EngineClock.now(), lifecycle.actor(), "BREACHED", which + ", báo lãnh đạo đơn vị");
	}

}
