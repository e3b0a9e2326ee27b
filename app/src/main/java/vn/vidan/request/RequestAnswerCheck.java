package vn.vidan.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.vidan.process.AnswerProblem;
import vn.vidan.process.TaskAnswerCheck;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Decision;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/**
 * What each user task of ResidentRequestProcess and ResidentRequestDecisionProcess needs from the officer: the
 * completeness check a yes or no, and the missing documents listed when no; the verification whether a field check is
 * needed; the decision APPROVE or REFUSE, and a refusal its reason; the hand-over DESK or POST, and a postal one a
 * tracking number, for a procedure whose result may go by post. Texts are bounded so they fit the dossier's history.
 * Checked before Camunda's REST API completes a task ({@link vn.vidan.process.TaskCompletionFilter}) and again inside
 * the engine ({@link CheckRequestAnswersListener}).
 */
@Component
class RequestAnswerCheck implements TaskAnswerCheck {

	/** A refusal's reason and the missing documents go into the history's note (1,000 characters) with a prefix. */
	static final int MAX_TEXT = 900;

	static final int MAX_INSTRUCTION = 2000;

	static final String SITE_CONFIRMED = "siteConfirmed";

	static final String BREACH_INSTRUCTION = "breachInstruction";

	static final String DESK = "DESK";

	static final String POST = "POST";

	/** Postal tracking numbers: letters, digits and dashes, e.g. EP123456789VN. */
	private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,40}");

	private final ResidentRequestRepository requests;

	private final ProcedureRepository procedures;

	RequestAnswerCheck(ResidentRequestRepository requests, ProcedureRepository procedures) {
		this.requests = requests;
		this.procedures = procedures;
	}

	@Override
	public boolean covers(String processDefinitionKey) {
		return ResidentRequestProcess.PROCESS_KEY.equals(processDefinitionKey)
				|| ResidentRequestProcess.DECISION_PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public List<AnswerProblem> problems(String taskKey, Function<String, Object> answers, String receiptCode) {
		List<AnswerProblem> problems = new ArrayList<>();
		switch (taskKey) {
			case ResidentRequestProcess.TASK_CHECK_COMPLETENESS -> {
				String complete = yesOrNo(answers, Vars.DOSSIER_COMPLETE, true, problems);
				String missing = text(answers.apply(Vars.MISSING_DOCUMENTS));
				if ("false".equals(complete) && missing == null) {
					problems.add(AnswerProblem.of(Vars.MISSING_DOCUMENTS, "answer.request.missingDocumentsRequired"));
				}
				bounded(Vars.MISSING_DOCUMENTS, missing, MAX_TEXT, problems);
			}
			case ResidentRequestProcess.TASK_VERIFY_DOSSIER -> yesOrNo(answers, Vars.FIELD_CHECK_NEEDED, true, problems);
			case ResidentRequestProcess.TASK_CHECK_ON_SITE -> yesOrNo(answers, SITE_CONFIRMED, false, problems);
			case ResidentRequestProcess.TASK_DECIDE_REQUEST, ResidentRequestProcess.TASK_DECIDE_TRANSFERRED_REQUEST -> {
				String decision = choice(answers, Vars.DECISION, problems, Decision.APPROVE, Decision.REFUSE);
				String reason = text(answers.apply(Vars.REFUSAL_REASON));
				if (Decision.REFUSE.equals(decision) && reason == null) {
					problems.add(AnswerProblem.of(Vars.REFUSAL_REASON, "answer.request.refusalReasonRequired"));
				}
				bounded(Vars.REFUSAL_REASON, reason, MAX_TEXT, problems);
			}
			case ResidentRequestProcess.TASK_RESOLVE_BREACH -> bounded(BREACH_INSTRUCTION,
					text(answers.apply(BREACH_INSTRUCTION)), MAX_INSTRUCTION, problems);
			case ResidentRequestProcess.TASK_HAND_OVER_RESULT -> {
				String method = choice(answers, Vars.HAND_OVER_METHOD, problems, DESK, POST);
				String tracking = text(answers.apply(Vars.TRACKING_NUMBER));
				if (POST.equals(method)) {
					if (tracking == null) {
						problems.add(AnswerProblem.of(Vars.TRACKING_NUMBER, "answer.request.trackingNumberRequired"));
					}
					else if (!TRACKING_NUMBER.matcher(tracking).matches()) {
						problems.add(AnswerProblem.of(Vars.TRACKING_NUMBER, "answer.request.trackingNumberFormat"));
					}
					notByPost(receiptCode).ifPresent(problems::add);
				}
			}
			default -> {
				// A task without answers to check.
			}
		}
		return problems;
	}

	/** A procedure whose result is handed over at the desk only. */
	private Optional<AnswerProblem> notByPost(String receiptCode) {
		return requests.findById(receiptCode)
			.flatMap(request -> procedures.findById(request.getProcedureCode()))
			.filter(procedure -> !procedure.isResultByPost())
			.map(procedure -> AnswerProblem.of(Vars.HAND_OVER_METHOD, "answer.request.notByPost",
					procedure.getName()));
	}

	/** "true" or "false" (a checkbox), required or not; null when absent or wrong. */
	private static String yesOrNo(Function<String, Object> answers, String field, boolean required,
			List<AnswerProblem> problems) {
		String value = text(answers.apply(field));
		if (value == null) {
			if (required) {
				problems.add(AnswerProblem.oneOf(field, "true", "false"));
			}
			return null;
		}
		if (!value.equals("true") && !value.equals("false")) {
			problems.add(AnswerProblem.oneOf(field, "true", "false"));
			return null;
		}
		return value;
	}

	/** One of {@code allowed}, required; null when absent or wrong. */
	private static String choice(Function<String, Object> answers, String field, List<AnswerProblem> problems,
			String... allowed) {
		String value = text(answers.apply(field));
		if (value == null) {
			problems.add(AnswerProblem.required(field));
			return null;
		}
		if (!List.of(allowed).contains(value)) {
			problems.add(AnswerProblem.oneOf(field, allowed));
			return null;
		}
		return value;
	}

	private static void bounded(String field, String value, int max, List<AnswerProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(AnswerProblem.tooLong(field, max));
		}
	}

	static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().trim();
	}

}
