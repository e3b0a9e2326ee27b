package vn.vidan.tip;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.vidan.process.AnswerProblem;
import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;
import vn.vidan.process.TaskActor;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.processes.tip.TipReportProcess.Vars;
import vn.vidan.web.ProblemMessages;

/**
 * On completing any user task of TipReportProcess: checks the officer's answers with {@link TipAnswerCheck} and
 * writes them into the tip and its history. A missing or wrong answer refuses the completion, and nothing changes.
 * Gateway flags ({@code approved}, {@code violationFound}) are normalised to booleans, since forms send radio values
 * as text. The same check answers bad input on Camunda's REST API as problem+json before the engine sees it
 * ({@link vn.vidan.process.TaskCompletionFilter}); here it is the engine's own last check.
 */
@ProcessBean("recordTipFindingListener")
class RecordTipFindingListener implements TaskListener {

	private final TipLifecycle lifecycle;

	private final TipAnswerCheck answers;

	private final ProblemMessages messages;

	RecordTipFindingListener(TipLifecycle lifecycle, TipAnswerCheck answers, ProblemMessages messages) {
		this.lifecycle = lifecycle;
		this.answers = answers;
		this.messages = messages;
	}

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		List<AnswerProblem> problems = answers.problems(task.getTaskDefinitionKey(), task::getVariable, reference);
		if (!problems.isEmpty()) {
			throw new BadUserRequestException(messages.text(problems));
		}
		TipReport tip = lifecycle.find(reference);
		String officer = TaskActor.of(task, TipLifecycle.SYSTEM);
		Instant now = EngineClock.now();
		switch (task.getTaskDefinitionKey()) {
			case TipReportProcess.TASK_DISPATCH_PATROL -> tip.moveTo(TipStatus.DISPATCHED, now, officer, "DISPATCHED",
					required(task, "dispatchNote"));
			case TipReportProcess.TASK_TRIAGE_TIP -> triage(task, tip, officer, now);
			case TipReportProcess.TASK_CHECK_CRIME_REPORT, TipReportProcess.TASK_RESOLVE_COMPLAINT ->
				finding(tip, officer, now, required(task, "finding"));
			case TipReportProcess.TASK_VERIFY_VIOLATION -> {
				boolean found = flag(task, Vars.VIOLATION_FOUND);
				String finding = required(task, "finding");
				if (found) {
					tip.record(now, officer, "VIOLATION_FOUND", finding);
				}
				else {
					finding(tip, officer, now, finding);
				}
			}
			case TipReportProcess.TASK_RECORD_VIOLATION -> {
				long amount = TipFindingRules.amount(required(task, "penaltyAmount")).orElseThrow();
				tip.recordViolation(required(task, "violationRecordNo"), required(task, "penaltyDecisionNo"), amount);
				finding(tip, officer, now, "Biên bản " + tip.getViolationRecordNo() + ", quyết định xử phạt "
						+ tip.getPenaltyDecisionNo() + ", phạt " + amount + " đồng");
			}
			case TipReportProcess.TASK_MEDIATE_DISPUTE -> {
				tip.mediated(required(task, "mediationOutcome"));
				finding(tip, officer, now, required(task, "finding"));
			}
			case TipReportProcess.TASK_PREPARE_FORWARDING -> {
				tip.forwardTo(required(task, "forwardAgency"));
				finding(tip, officer, now, required(task, "finding"));
			}
			case TipReportProcess.TASK_APPROVE_CONCLUSION -> {
				String comment = optional(task, "leaderComment");
				if (flag(task, Vars.APPROVED)) {
					tip.approve(officer, now);
					tip.record(now, officer, "APPROVED", comment);
				}
				else {
					tip.moveTo(TipStatus.IN_HANDLING, now, officer, "RETURNED",
							comment == null ? "Yêu cầu xác minh, giải quyết lại" : comment);
				}
			}
			case TipReportProcess.TASK_ACKNOWLEDGE_TRANSFER -> {
				tip.acknowledge(officer, required(task, "caseNumber"), now);
				tip.record(now, officer, "ACKNOWLEDGED", "Số thụ lý " + tip.getInvestigationCase());
			}
			case TipReportProcess.TASK_SUPERVISE_OVERDUE_TIP, TipReportProcess.TASK_SUPERVISE_OVERDUE_TIP_ABOVE -> tip
				.record(now, officer, "SUPERVISED", required(task, "direction"));
			default -> throw new IllegalStateException("No finding to record for task " + task.getTaskDefinitionKey());
		}
	}

	private void triage(DelegateTask task, TipReport tip, String officer, Instant now) {
		TipCategory category = TipCategory.valueOf(required(task, Vars.CATEGORY));
		String duplicateOf = null;
		if (category == TipCategory.DUPLICATE) {
			duplicateOf = required(task, Vars.DUPLICATE_OF).toUpperCase();
			task.setVariable(Vars.DUPLICATE_OF, duplicateOf);
		}
		tip.triage(category, duplicateOf);
		String note = optional(task, "triageNote");
		tip.record(now, officer, "TRIAGED", category.label() + (note == null ? "" : ": " + note));
	}

	/** A handling step is done: the conclusion goes to the leader, and whoever did it handles the tip from now on. */
	private static void finding(TipReport tip, String officer, Instant now, String finding) {
		if (tip.getHandler() == null && tip.getCategory() != TipCategory.OUTSIDE_COMPETENCE) {
			tip.assign(officer);
		}
		tip.conclude(finding);
		tip.moveTo(TipStatus.AWAITING_APPROVAL, now, officer, "CONCLUDED", finding);
	}

	/** An answer {@link TipAnswerCheck} has already found present and valid. */
	private static String required(DelegateTask task, String name) {
		return TipFindingRules.text(task.getVariable(name));
	}

	private static String optional(DelegateTask task, String name) {
		return TipFindingRules.text(task.getVariable(name));
	}

	private static boolean flag(DelegateTask task, String name) {
		boolean value = Boolean.parseBoolean(required(task, name));
		task.setVariable(name, value);
		return value;
	}

}
