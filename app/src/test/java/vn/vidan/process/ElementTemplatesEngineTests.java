package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vidan.calendar.CalendarProcessBean;
import vn.vidan.org.RoutingProcessBean;
import vn.vidan.tip.TipProcessBean;

/**
 * Applies element templates to a task the way Camunda Modeler does (each property's value written to its binding:
 * an attribute, or a {@code camunda:inputParameter}), deploys the result on a bare engine, and checks the task is
 * routed, timed and run as the template promises. The beans are mocks, as in the process tests.
 */
class ElementTemplatesEngineTests {

	/** What a designer types into the template's fields that have no default. */
	private static final Map<String, String> DESIGNER_ENTRIES = Map.of("camunda:formRef", "resident-request.verify");

	private static ProcessEngine engine;

	@BeforeAll
	static void startEngine() {
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:vidan-element-templates;DB_CLOSE_DELAY=-1");
		configuration.setJobExecutorActivate(false);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
		configuration.setExpressionManager(new MockExpressionManager());
		engine = configuration.buildProcessEngine();
	}

	@AfterAll
	static void closeEngine() {
		engine.close();
	}

	@AfterEach
	void forgetMocks() {
		Mocks.reset();
	}

	@Test
	void unitRoleTaskGoesToTheRoleOfTheCaseUnit() {
		RoutingProcessBean routing = mock(RoutingProcessBean.class);
		when(routing.groups("HOAMINH", "UNIT_LEADER")).thenReturn(List.of("HOAMINH.leaders"));
		Mocks.register("routing", routing);

		Task task = startAt("unit-role-task", "bpmn:UserTask", Map.of("unitCode", "HOAMINH"));

		assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
			.containsExactly("HOAMINH.leaders");
		assertThat(task.getDueDate()).isNotNull();
		Task withForm = engine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
		assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("resident-request.verify");
		assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
	}

	@Test
	void communeLeaderTaskGoesToTheChairmanByName() {
		RoutingProcessBean routing = mock(RoutingProcessBean.class);
		when(routing.users("HOAMINH", "PEOPLES_COMMITTEE_CHAIRMAN")).thenReturn(List.of("hung.nv"));
		Mocks.register("routing", routing);

		Task task = startAt("commune-leader-task", "bpmn:UserTask", Map.of("communeCode", "HOAMINH"));

		assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId)
			.containsExactly("hung.nv");
	}

	@Test
	void tipHandlerTaskGoesToTheAssignedOfficerByTheTipsDeadline() {
		TipProcessBean tips = mock(TipProcessBean.class);
		when(tips.handler("tip-1")).thenReturn("dung.vd");
		when(tips.areaGroups("tip-1")).thenReturn(List.of("HOAMINH.area"));
		Mocks.register("tips", tips);
		Date handlingDue = Date.from(Instant.parse("2026-12-03T10:00:00Z"));

		Task task = startAt("tip-handler-task", "bpmn:UserTask", Map.of("tipId", "tip-1", "handlingDue", handlingDue));

		assertThat(task.getAssignee()).isEqualTo("dung.vd");
		assertThat(task.getDueDate()).isEqualTo(handlingDue);
	}

	@Test
	void workingDeadlineKeepsTheCalendarsDateInTheNamedVariable() {
		CalendarProcessBean calendar = mock(CalendarProcessBean.class);
		Date due = Date.from(Instant.parse("2026-12-18T10:00:00Z"));
		when(calendar.deadline("HOAMINH", "P15D")).thenReturn(due);
		Mocks.register("calendar", calendar);

		ProcessInstance instance = start("working-deadline", "bpmn:ServiceTask", Map.of("unitCode", "HOAMINH"));

		assertThat(engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName("handlingDue")
			.singleResult()
			.getValue()).isEqualTo(due);
	}

	@Test
	void serviceStepRunsTheChosenDelegate() throws Exception {
		JavaDelegate notify = mock(JavaDelegate.class);
		Mocks.register("notifyResultReadyDelegate", notify);

		start("notify-resident", "bpmn:ServiceTask", Map.of());

		verify(notify).execute(any(DelegateExecution.class));
	}

	/** Starts a one-task process whose task has the template applied, with its default values. */
	private ProcessInstance start(String templateFile, String type, Map<String, Object> variables) {
		JsonNode template = ElementTemplates.readJson(ElementTemplates.FOLDER.resolve(templateFile + ".json"));
		assertThat(template.path("appliesTo").toString()).contains(type);
		BpmnModelInstance model = type.equals("bpmn:UserTask")
				? Bpmn.createExecutableProcess("TemplatedProcess")
					.camundaHistoryTimeToLive(1)
					.startEvent()
					.userTask("Task_Templated")
					.endEvent()
					.done()
				: Bpmn.createExecutableProcess("TemplatedProcess")
					.camundaHistoryTimeToLive(1)
					.startEvent()
					.serviceTask("Task_Templated")
					.userTask("Task_After")
					.endEvent()
					.done();
		Activity activity = model.getModelElementById("Task_Templated");
		apply(template, activity);
		Bpmn.validateModel(model);
		engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("templated-" + templateFile + ".bpmn", model)
			.deploy();
		return engine.getRuntimeService().startProcessInstanceByKey("TemplatedProcess", variables);
	}

	private Task startAt(String templateFile, String type, Map<String, Object> variables) {
		ProcessInstance instance = start(templateFile, type, variables);
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	/**
	 * What Modeler writes when the template is applied: each property's default, or what the designer typed where
	 * there is none (the form's code), which must pass the property's constraints as Modeler checks them.
	 */
	private static void apply(JsonNode template, Activity activity) {
		activity.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate", template.path("id").asText());
		for (JsonNode property : template.path("properties")) {
			JsonNode binding = property.path("binding");
			String name = binding.path("name").asText();
			String value = property.has("value") ? property.path("value").asText() : DESIGNER_ENTRIES.get(name);
			assertThat(value).as("what a designer enters for " + name).isNotNull();
			String pattern = property.path("constraints").path("pattern").path("value").asText(null);
			if (pattern != null) {
				assertThat(value).as(name).matches(pattern);
			}
			switch (binding.path("type").asText()) {
				case "property" -> {
					if (name.startsWith("camunda:")) {
						activity.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, name.substring(8), value);
					}
					else {
						activity.setAttributeValue(name, value);
					}
				}
				case "camunda:inputParameter" -> ((AbstractActivityBuilder<?, ?>) activity.builder()).camundaInputParameter(name,
						value);
				default -> throw new IllegalArgumentException("No binding " + binding + " in this test yet");
			}
		}
	}

}
