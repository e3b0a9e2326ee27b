package vn.vidan.tip;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;

/** {@code ServiceTask_LinkDuplicate}: notes the link on both tips; the duplicate then closes. */
@ProcessBean("linkDuplicateTipDelegate")
class LinkDuplicateTipDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	LinkDuplicateTipDelegate(TipLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport duplicate = lifecycle.find(execution.getProcessBusinessKey());
		TipReport original = lifecycle.find(duplicate.getDuplicateOf());
		Instant now = EngineClock.now();
		duplicate.record(now, lifecycle.actor(), "LINKED", "Trùng tin báo " + original.getReference());
		original.record(now, lifecycle.actor(), "DUPLICATE_LINKED",
				"Tin báo trùng " + duplicate.getReference() + " được gộp vào tin này");
	}

}
