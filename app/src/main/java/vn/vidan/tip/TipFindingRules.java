package vn.vidan.tip;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.vidan.process.AnswerProblem;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/** What each user task of TipReportProcess needs from the officer completing it. */
final class TipFindingRules {

	private static final String[] CATEGORIES = Arrays.stream(TipCategory.values())
		.filter(category -> category != TipCategory.UNKNOWN)
		.map(Enum::name)
		.toArray(String[]::new);

	private static final String[] TRUE_FALSE = { "true", "false" };

	/** Per task: the required answers, and the answers that must be one of a list. */
	private static final Map<String, Rule> RULES = Map.ofEntries(
			Map.entry(TipReportProcess.TASK_DISPATCH_PATROL, new Rule(List.of("dispatchNote"), Map.of())),
			Map.entry(TipReportProcess.TASK_TRIAGE_TIP, new Rule(List.of(), Map.of(Vars.CATEGORY, CATEGORIES))),
			Map.entry(TipReportProcess.TASK_CHECK_CRIME_REPORT, new Rule(List.of("finding"), Map.of())),
			Map.entry(TipReportProcess.TASK_VERIFY_VIOLATION,
					new Rule(List.of("finding"), Map.of(Vars.VIOLATION_FOUND, TRUE_FALSE))),
			Map.entry(TipReportProcess.TASK_RECORD_VIOLATION,
					new Rule(List.of("violationRecordNo", "penaltyDecisionNo", "penaltyAmount"), Map.of())),
			Map.entry(TipReportProcess.TASK_MEDIATE_DISPUTE,
					new Rule(List.of("finding"), Map.of("mediationOutcome", new String[] { "RECONCILED", "NOT_RECONCILED" }))),
			Map.entry(TipReportProcess.TASK_RESOLVE_COMPLAINT, new Rule(List.of("finding"), Map.of())),
			Map.entry(TipReportProcess.TASK_PREPARE_FORWARDING, new Rule(List.of("forwardAgency", "finding"), Map.of())),
			Map.entry(TipReportProcess.TASK_APPROVE_CONCLUSION, new Rule(List.of(), Map.of(Vars.APPROVED, TRUE_FALSE))),
			Map.entry(TipReportProcess.TASK_ACKNOWLEDGE_TRANSFER, new Rule(List.of("caseNumber"), Map.of())),
			Map.entry(TipReportProcess.TASK_SUPERVISE_OVERDUE_TIP, new Rule(List.of("direction"), Map.of())),
			Map.entry(TipReportProcess.TASK_SUPERVISE_OVERDUE_TIP_ABOVE, new Rule(List.of("direction"), Map.of())));

	private record Rule(List<String> required, Map<String, String[]> choices) {
	}

	private TipFindingRules() {
	}

	/** Everything wrong with these answers to {@code taskKey}, each naming its field. */
	static List<AnswerProblem> problems(String taskKey, Function<String, Object> answers) {
		Rule rule = RULES.get(taskKey);
		List<AnswerProblem> problems = new ArrayList<>();
		if (rule == null) {
			return problems;
		}
		for (String name : rule.required()) {
			if (text(answers.apply(name)) == null) {
				problems.add(AnswerProblem.required(name));
			}
		}
		for (Map.Entry<String, String[]> choice : rule.choices().entrySet()) {
			String value = text(answers.apply(choice.getKey()));
			if (value == null || !Arrays.asList(choice.getValue()).contains(value)) {
				problems.add(AnswerProblem.oneOf(choice.getKey(), choice.getValue()));
			}
		}
		if ("DUPLICATE".equals(text(answers.apply(Vars.CATEGORY))) && text(answers.apply(Vars.DUPLICATE_OF)) == null) {
			problems.add(AnswerProblem.of(Vars.DUPLICATE_OF, "answer.tip.duplicateOfRequired"));
		}
		String amount = text(answers.apply("penaltyAmount"));
		if (rule.required().contains("penaltyAmount") && amount != null && amount(amount).isEmpty()) {
			problems.add(AnswerProblem.of("penaltyAmount", "answer.tip.penaltyAmount"));
		}
		return problems;
	}

	static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().trim();
	}

	static Optional<Long> amount(String value) {
		try {
			long amount = new BigDecimal(value).longValueExact();
			return amount < 0 ? Optional.empty() : Optional.of(amount);
		}
		catch (NumberFormatException | ArithmeticException e) {
			return Optional.empty();
		}
	}

}
