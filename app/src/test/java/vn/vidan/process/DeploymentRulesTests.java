package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vidan.process.DeploymentRules.Problem;

/**
 * The deployment rules over Vidan's own models (the build's check: every model in {@code processes/} passes) and
 * over a model with one mistake of each kind (each one found, with its element).
 */
class DeploymentRulesTests {

	private final ProcessResources shipped = new ProcessResources();

	private final DeploymentRules rules = new DeploymentRules(ProcessBeansOnClassPath.all()::containsKey,
			name -> false, DeploymentRules.correlatedMessages());

	@Test
	void passesEveryModelVidanShips() {
		assertThat(shipped.all().keySet()).filteredOn(name -> name.endsWith(".bpmn")).hasSizeGreaterThanOrEqualTo(5);

		List<Problem> problems = rules.check(shipped.all(), formIds(), decisionIds());

		assertThat(problems).isEmpty();
	}

	@Test
	void findsEveryMistakeOfTheFaultyModel() throws IOException {
		List<Problem> problems = rules.check(Map.of("faulty-request.bpmn", faulty()), formIds(), decisionIds());

		assertThat(problems).extracting(Problem::elementId, Problem::rule)
			.containsExactlyInAnyOrder(tuple("FaultyRequestProcess", "historyTimeToLive"),
					tuple("Task_CheckWithoutRules", "dueDateMissing"),
					tuple("Task_CheckWithoutRules", "candidateRuleMissing"),
					tuple("Task_CheckWithoutRules", "formMissing"), tuple("ServiceTask_JavaClass", "classNotAllowed"),
					tuple("ScriptTask_Inline", "scriptNotAllowed"), tuple("Timer_WithoutTime", "timerWithoutTime"),
					tuple("ReceiveTask_AwaitNobody", "messageNotCorrelated"),
					tuple("ReceiveTask_AwaitNobody", "diagramMissing"));
		assertThat(problems).allMatch(problem -> problem.resource().equals("faulty-request.bpmn"));
	}

	@Test
	void refusesABeanOffTheWhitelistAndWhatIsNotBpmn() {
		DeploymentRules strict = new DeploymentRules(name -> false, "dataSource"::equals, Set.of());
		byte[] model = shipped.all().get("processes/request/resident-request.bpmn");
		String changed = new String(model, java.nio.charset.StandardCharsets.UTF_8)
			.replace("${returnDossierDelegate}", "${dataSource}");

		List<Problem> problems = strict.check(
				Map.of("a.bpmn", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "b.bpmn",
						"<not-bpmn/>".getBytes()),
				formIds(), decisionIds());

		assertThat(problems).extracting(Problem::elementId, Problem::rule, Problem::args)
			.contains(tuple("ServiceTask_ReturnDossier", "beanNotAllowed", List.of("dataSource")),
					tuple(null, "notBpmn", List.of()));
	}

	private byte[] faulty() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/design/faulty-request.bpmn")) {
			return in.readAllBytes();
		}
	}

	private Set<String> formIds() {
		Set<String> ids = new HashSet<>();
		shipped.all().keySet().stream().filter(name -> name.endsWith(".form")).forEach(name -> ids.add(
				ProcessResources.formId(new com.fasterxml.jackson.databind.ObjectMapper(), name, shipped.all().get(name))));
		return ids;
	}

	private Set<String> decisionIds() {
		return Set.of("Decision_TipTriage", "Decision_TipHandlingTime");
	}

}
