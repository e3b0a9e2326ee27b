package vn.vidan.processes.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.vidan.processes.request.ResidentRequestProcess.END_EVENT_DOSSIER_RETURNED;
import static vn.vidan.processes.request.ResidentRequestProcess.END_EVENT_REQUEST_APPROVED;
import static vn.vidan.processes.request.ResidentRequestProcess.END_EVENT_REQUEST_REFUSED;
import static vn.vidan.processes.request.ResidentRequestProcess.FORM_CHECK_COMPLETENESS;
import static vn.vidan.processes.request.ResidentRequestProcess.PROCESS_KEY;
import static vn.vidan.processes.request.ResidentRequestProcess.TASK_CHECK_COMPLETENESS;
import static vn.vidan.processes.request.ResidentRequestProcess.TASK_DECIDE_REQUEST;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vidan.processes.ProcessTestEngine;
import vn.vidan.processes.request.ResidentRequestProcess.Decision;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

@Deployment(resources = { ResidentRequestProcess.RESOURCE,
		"vidan/forms/resident-request.check-completeness.form", "vidan/forms/resident-request.decide.form" })
class ResidentRequestProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessTestEngine.extension();

	/** Stands in for the app's routing bean: groups named after the unit and role, as the app would answer. */
	private final Routing routing = mock(Routing.class);

	private static final Instant RECEIVED_AT = Instant.parse("2026-02-05T02:30:00Z");

	@BeforeEach
	void registerRouting() {
		ClockUtil.setCurrentTime(Date.from(RECEIVED_AT));
		when(routing.groups("HOAMINH", "DESK_OFFICER")).thenReturn(List.of("HOAMINH.desk"));
		when(routing.groups("HOAMINH", "UNIT_LEADER")).thenReturn(List.of("HOAMINH.leaders"));
		Mocks.register("routing", routing);
	}

	@AfterEach
	void resetMocksAndClock() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private ProcessInstance receive() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "HOAMINH-270205-0007",
				withVariables(Vars.UNIT_CODE, "HOAMINH"));
	}

	@Test
	void sendsCompletenessCheckToTheUnitsDeskWithItsForm() {
		ProcessInstance request = receive();

		assertThat(request).isWaitingAt(TASK_CHECK_COMPLETENESS);
		Task check = task(request);
		assertThat(check).hasCandidateGroup("HOAMINH.desk");
		assertThat(check.getDueDate()).isEqualTo(Date.from(RECEIVED_AT.plus(Duration.ofDays(1))));
		CamundaFormRef form = taskService().createTaskQuery()
			.taskId(check.getId())
			.initializeFormKeys()
			.singleResult()
			.getCamundaFormRef();
		assertThat(form.getKey()).isEqualTo(FORM_CHECK_COMPLETENESS);
		assertThat(form.getBinding()).isEqualTo("deployment");
		assertThat(formService().getDeployedTaskForm(check.getId()))
			.asString(StandardCharsets.UTF_8)
			.contains("\"id\": \"" + FORM_CHECK_COMPLETENESS + "\"", "Hồ sơ đầy đủ, hợp lệ");
	}

	@Test
	void returnsIncompleteDossierWithoutReachingTheLeader() {
		ProcessInstance request = receive();

		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, false));

		assertThat(request).hasPassed(END_EVENT_DOSSIER_RETURNED).hasNotPassed(TASK_DECIDE_REQUEST).isEnded();
	}

	@Test
	void approvesCompleteDossierAtTheUnitLeader() {
		ProcessInstance request = receive();
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));

		assertThat(request).isWaitingAt(TASK_DECIDE_REQUEST);
		assertThat(task(request)).hasCandidateGroup("HOAMINH.leaders");
		complete(task(request), withVariables(Vars.DECISION, Decision.APPROVE));

		assertThat(request).hasPassed(END_EVENT_REQUEST_APPROVED).isEnded();
	}

	@Test
	void refusesCompleteDossierWhenTheLeaderSaysNo() {
		ProcessInstance request = receive();
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));

		complete(task(request), withVariables(Vars.DECISION, Decision.REFUSE));

		assertThat(request).hasPassed(END_EVENT_REQUEST_REFUSED).hasNotPassed(END_EVENT_REQUEST_APPROVED).isEnded();
	}

	/** The methods BPMN calls on the routing bean. */
	interface Routing {

		List<String> groups(String unitCode, String role);

	}

}
