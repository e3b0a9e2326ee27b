package vn.vidan.tip;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.vidan.process.AnswerProblem;
import vn.vidan.process.TaskAnswerCheck;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/**
 * The answers TipReportProcess's tasks need ({@link TipFindingRules}), and that a duplicate names an earlier tip of
 * the same unit.
 */
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
	public List<AnswerProblem> problems(String taskKey, Function<String, Object> answers, String reference) {
		List<AnswerProblem> problems = TipFindingRules.problems(taskKey, answers);
		if (problems.isEmpty() && TipReportProcess.TASK_TRIAGE_TIP.equals(taskKey)
				&& "DUPLICATE".equals(TipFindingRules.text(answers.apply(Vars.CATEGORY)))) {
			String earlier = TipFindingRules.text(answers.apply(Vars.DUPLICATE_OF)).toUpperCase();
			// Only an earlier tip of the same unit: one of another unit is answered as no tip at all, so the check
			// tells nobody which references exist elsewhere.
			String unit = tips.findById(reference).map(TipReport::getUnitCode).orElse(null);
			boolean sameUnit = tips.findById(earlier).filter(tip -> tip.getUnitCode().equals(unit)).isPresent();
			if (earlier.equals(reference) || !sameUnit) {
				problems.add(AnswerProblem.of(Vars.DUPLICATE_OF, "answer.tip.unknownEarlierTip", earlier));
			}
		}
		return problems;
	}

}
