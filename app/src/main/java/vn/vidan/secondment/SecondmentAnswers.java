package vn.vidan.secondment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.vidan.process.AnswerProblem;
import vn.vidan.process.TaskAnswerCheck;
import vn.vidan.processes.secondment.SecondmentTermProcess;
import vn.vidan.processes.secondment.SecondmentWaveProcess;

/** What the user tasks of the two secondment models need from whoever completes them. */
@Component
class SecondmentAnswers implements TaskAnswerCheck {

	static final List<String> RATINGS = List.of("EXCELLENT", "GOOD", "FAIR", "POOR");

	private static final List<String> YES_NO = List.of("true", "false");

	private static final List<String> RELEASE_TASKS = List.of(SecondmentWaveProcess.TASK_APPROVE_RELEASE,
			SecondmentTermProcess.TASK_APPROVE_REPLACEMENT_RELEASE);

	/** Per task: answer name → allowed values (empty: any text, but required). */
	private static final Map<String, Map<String, List<String>>> RULES = Map.of(
			SecondmentWaveProcess.TASK_APPROVE_WAVE_PLAN, Map.of("approved", YES_NO),
			SecondmentWaveProcess.TASK_REVISE_PLAN, Map.of("revisionNote", List.of()),
			SecondmentWaveProcess.TASK_APPROVE_RELEASE, Map.of("released", YES_NO),
			SecondmentTermProcess.TASK_APPROVE_REPLACEMENT_RELEASE, Map.of("released", YES_NO),
			SecondmentWaveProcess.TASK_SIGN_DECISION, Map.of("decisionNumber", List.of()),
			SecondmentTermProcess.TASK_CHASE_LATE_REPORT, Map.of("direction", List.of()),
			SecondmentTermProcess.TASK_EVALUATE_BY_COMMUNE_CHIEF, Map.of("rating", RATINGS, "comment", List.of()),
			SecondmentTermProcess.TASK_EVALUATE_BY_CHAIRMAN, Map.of("rating", RATINGS, "comment", List.of()),
			SecondmentTermProcess.TASK_APPROVE_COMMENDATION, Map.of("commendationApproved", YES_NO));

	@Override
	public boolean covers(String processDefinitionKey) {
		return SecondmentWaveProcess.PROCESS_KEY.equals(processDefinitionKey)
				|| SecondmentTermProcess.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public List<AnswerProblem> problems(String taskKey, Function<String, Object> answers, String businessKey) {
		List<AnswerProblem> problems = new ArrayList<>();
		if (SecondmentTermProcess.TASK_FILE_ACTIVITY_REPORT.equals(taskKey)) {
			for (String count : ActivityReport.COUNTS) {
				if (count(answers.apply(count)) < 0) {
					problems.add(AnswerProblem.of(count, "answer.wholeNumber"));
				}
			}
			return problems;
		}
		for (Map.Entry<String, List<String>> rule : RULES.getOrDefault(taskKey, Map.of()).entrySet()) {
			String value = text(answers.apply(rule.getKey()));
			if (value == null && rule.getValue().isEmpty()) {
				problems.add(AnswerProblem.required(rule.getKey()));
			}
			else if (!rule.getValue().isEmpty() && !rule.getValue().contains(value)) {
				problems.add(AnswerProblem.oneOf(rule.getKey(), rule.getValue().toArray(String[]::new)));
			}
		}
		if (RELEASE_TASKS.contains(taskKey) && "false".equals(text(answers.apply("released")))
				&& text(answers.apply("releaseComment")) == null) {
			problems.add(AnswerProblem.of("releaseComment", "answer.secondment.releaseCommentRequired"));
		}
		return problems;
	}

	static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().trim();
	}

	/** The count as a whole number, or -1 when missing or not one. */
	static int count(Object value) {
		String text = text(value);
		try {
			return text == null ? -1 : new java.math.BigDecimal(text).intValueExact();
		}
		catch (NumberFormatException | ArithmeticException e) {
			return -1;
		}
	}

}
