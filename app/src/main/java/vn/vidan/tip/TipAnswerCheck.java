package vn.vidan.tip;

import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.vidan.process.TaskAnswerCheck;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/** The answers TipReportProcess's tasks need ({@link TipFindingRules}), and that a duplicate names an earlier tip. */
@Component
class TipAnswerCheck implements TaskAnswerCheck {

	private final TipReportRepository tips;

	TipAnswerCheck(TipReportRepository tips) {
		this.tips = tips;
	}

	@Override
	public boolean covers(String processDefinitionKey) {
		return TipReportProcess.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public Optional<String> problem(String taskKey, Function<String, Object> answers, String reference) {
		Optional<String> problem = TipFindingRules.problem(taskKey, answers);
		if (problem.isEmpty() && TipReportProcess.TASK_TRIAGE_TIP.equals(taskKey)
				&& "DUPLICATE".equals(TipFindingRules.text(answers.apply(Vars.CATEGORY)))) {
			String earlier = TipFindingRules.text(answers.apply(Vars.DUPLICATE_OF)).toUpperCase();
			if (earlier.equals(reference) || !tips.existsById(earlier)) {
				return Optional.of("Tip " + earlier
						+ " does not exist (or is this tip): give the reference of the earlier tip this one repeats.");
			}
		}
		return problem;
	}

}
