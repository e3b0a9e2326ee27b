package vn.vidan.request;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.vidan.process.AnswerProblem;
import vn.vidan.process.ProcessBean;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.web.ProblemMessages;

/**
 * On completing any user task of ResidentRequestProcess or ResidentRequestDecisionProcess: checks the officer's
 * answers with {@link RequestAnswerCheck}, so Tasklist, the Java API and every other path are refused like Camunda's
 * REST API is ({@link vn.vidan.process.TaskCompletionFilter} answers there first, with a problem+json 400). A refusal
 * changes nothing: the task stays open. Yes/no answers are normalised to booleans, since forms may send them as text
 * and the gateways need booleans; choices lose stray spaces.
 */
@ProcessBean("checkRequestAnswersListener")
class CheckRequestAnswersListener implements TaskListener {

	private static final List<String> FLAGS = List.of(Vars.DOSSIER_COMPLETE, Vars.FIELD_CHECK_NEEDED,
			RequestAnswerCheck.SITE_CONFIRMED);

	/** Choices the gateways and delegates compare exactly. */
	private static final List<String> CHOICES = List.of(Vars.DECISION, Vars.HAND_OVER_METHOD, Vars.TRACKING_NUMBER);

	private final RequestAnswerCheck check;

	private final ProblemMessages messages;

	CheckRequestAnswersListener(RequestAnswerCheck check, ProblemMessages messages) {
		this.check = check;
		this.messages = messages;
	}

	@Override
	public void notify(DelegateTask task) {
		List<AnswerProblem> problems = check.problems(task.getTaskDefinitionKey(), task::getVariable,
				task.getExecution().getProcessBusinessKey());
		if (!problems.isEmpty()) {
			throw new BadUserRequestException(messages.text(problems));
		}
		for (String flag : FLAGS) {
			Object value = task.getVariable(flag);
			if (value instanceof String text) {
				task.setVariable(flag, Boolean.parseBoolean(text.trim()));
			}
		}
		for (String choice : CHOICES) {
			if (task.getVariable(choice) instanceof String text && !text.equals(text.trim())) {
				task.setVariable(choice, text.trim());
			}
		}
	}

}
