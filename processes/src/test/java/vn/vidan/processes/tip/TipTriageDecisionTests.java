package vn.vidan.processes.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vidan.processes.ProcessTestEngine;
import vn.vidan.processes.tip.TipReportProcess.Category;

/** The rows of Decision_TipTriage and Decision_TipHandlingTime, as the process designers wrote them. */
@Deployment(resources = TipReportProcess.DECISION_RESOURCE)
class TipTriageDecisionTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessTestEngine.extension();

	private static DmnDecisionRuleResult triage(String category, String urgency) {
		return decisionService().evaluateDecisionTableByKey(TipReportProcess.DECISION_TIP_TRIAGE,
				Variables.createVariables().putValue("suggestedCategory", category).putValue("urgency", urgency))
			.getSingleResult();
	}

	@ParameterizedTest
	@CsvSource({ "CRIME", "ADMINISTRATIVE_VIOLATION", "CIVIL_DISPUTE", "PUBLIC_ORDER", "UNKNOWN" })
	void dispatchesWithinFifteenMinutesWhateverTheCategoryWhenInProgress(String category) {
		assertThat(triage(category, "IN_PROGRESS")).containsAllEntriesOf(
				Map.of("dispatch", true, "triageDeadline", "PT15M", "triageClock", "WALL"));
	}

	@Test
	void classifiesAnOrdinaryReportWithinTwentyFourWorkingHours() {
		assertThat(triage(Category.PUBLIC_ORDER, "ORDINARY")).containsAllEntriesOf(
				Map.of("dispatch", false, "triageDeadline", "PT24H", "triageClock", "WORKING"));
	}

	@Test
	void classifiesACrimeReportOnTheWallClock() {
		assertThat(triage(Category.CRIME, "ORDINARY")).containsEntry("triageDeadline", "PT8H")
			.containsEntry("triageClock", "WALL");
		assertThat(triage(Category.CRIME, "URGENT")).containsEntry("triageDeadline", "PT2H");
	}

	@Test
	void classifiesAnUrgentReportWithinFourWorkingHours() {
		assertThat(triage(Category.CIVIL_DISPUTE, "URGENT")).containsEntry("triageDeadline", "PT4H")
			.containsEntry("triageClock", "WORKING");
	}

	@ParameterizedTest
	@CsvSource({ "CRIME, PT24H, WALL", "ADMINISTRATIVE_VIOLATION, P5D, WORKING", "CIVIL_DISPUTE, P10D, WORKING",
			"PUBLIC_ORDER, P3D, WORKING", "OUTSIDE_COMPETENCE, P2D, WORKING" })
	void setsTheHandlingTimeByCategory(String category, String deadline, String clock) {
		assertThat(decisionService()
			.evaluateDecisionTableByKey(TipReportProcess.DECISION_TIP_HANDLING_TIME,
					Variables.createVariables().putValue("category", category))
			.getSingleResult()).containsEntry("handlingDeadline", deadline).containsEntry("handlingClock", clock);
	}

}
