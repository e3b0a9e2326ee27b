package vn.vidan.processes.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.vidan.processes.request.ResidentRequestProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import vn.vidan.processes.ProcessTestEngine;
import vn.vidan.processes.request.ResidentRequestProcess.Beans;
import vn.vidan.processes.request.ResidentRequestProcess.Decision;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/** Every path of ResidentRequestProcess, on a bare engine, with the app's beans mocked and a fake clock. */
@Deployment(resources = { ResidentRequestProcess.RESOURCE, "vidan/forms/resident-request.check-completeness.form",
		"vidan/forms/resident-request.verify.form", "vidan/forms/resident-request.check-on-site.form",
		"vidan/forms/resident-request.decide.form", "vidan/forms/resident-request.resolve-breach.form",
		"vidan/forms/resident-request.hand-over.form" })
class ResidentRequestProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessTestEngine.extension();

	private static final String RECEIPT = "HOAMINH-260305-0007";

	private static final Instant RECEIVED_AT = Instant.parse("2026-03-05T02:30:00Z");

	/** The methods the model calls on the app's routing bean. */
	interface Routing {

		List<String> groups(String unitCode, String role);

	}

	/** The methods the model calls on the app's resident request bean. */
	interface ResidentRequests {

		String supplementWait();

		Date warningAt(String receiptCode);

		Date dueAt(String receiptCode);

		List<String> areaOfficers(String receiptCode);

		List<String> areaGroups(String receiptCode);

	}

	private final Routing routing = mock(Routing.class);

	private final ResidentRequests requests = mock(ResidentRequests.class);

	private final Map<String, JavaDelegate> delegates = new HashMap<>();

	@BeforeEach
	void registerBeans() {
		ClockUtil.setCurrentTime(Date.from(RECEIVED_AT));
		when(routing.groups("HOAMINH", "DESK_OFFICER")).thenReturn(List.of("HOAMINH.desk"));
		when(routing.groups("HOAMINH", "UNIT_OFFICER")).thenReturn(List.of("HOAMINH"));
		when(routing.groups("HOAMINH", "UNIT_LEADER")).thenReturn(List.of("HOAMINH.leaders"));
		when(requests.supplementWait()).thenReturn("P30D");
		when(requests.warningAt(RECEIPT)).thenReturn(Date.from(RECEIVED_AT.plus(Duration.ofDays(2))));
		when(requests.dueAt(RECEIPT)).thenReturn(Date.from(RECEIVED_AT.plus(Duration.ofDays(3))));
		when(requests.areaOfficers(RECEIPT)).thenReturn(List.of("tai.vv"));
		when(requests.areaGroups(RECEIPT)).thenReturn(List.of());
		Mocks.register(Beans.ROUTING, routing);
		Mocks.register(Beans.RESIDENT_REQUESTS, requests);
		Mocks.register(Beans.CHECK_ANSWERS, mock(TaskListener.class));
		for (String name : List.of(Beans.REQUEST_SUPPLEMENT, Beans.RESUME_CLOCK, Beans.RETURN_DOSSIER,
				Beans.START_HANDLING, Beans.TRANSFER_DOSSIER, Beans.WARN_DEADLINE, Beans.ISSUE_APOLOGY_LETTER,
				Beans.NOTIFY_RESULT_READY, Beans.CLOSE_REQUEST, Beans.ISSUE_REFUSAL, Beans.WITHDRAW_REQUEST)) {
			JavaDelegate delegate = mock(JavaDelegate.class);
			delegates.put(name, delegate);
			Mocks.register(name, delegate);
		}
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private JavaDelegate delegate(String name) {
		return delegates.get(name);
	}

	private ProcessInstance receive(boolean decidedAbove) {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, RECEIPT,
				withVariables(Vars.UNIT_CODE, "HOAMINH", Vars.DECIDED_ABOVE, decidedAbove));
	}

	/** Complete dossier, no field check: the process then waits for the commune leader. */
	private ProcessInstance receivedAndVerified(ProcessInstance request) {
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));
		assertThat(request).isWaitingAt(TASK_VERIFY_DOSSIER);
		complete(task(request), withVariables(Vars.FIELD_CHECK_NEEDED, false));
		return request;
	}

	private static Job timer(ProcessInstance request, String activityId) {
		return managementService().createJobQuery()
			.processInstanceId(request.getId())
			.activityId(activityId)
			.singleResult();
	}

	@Test
	void sendsCompletenessCheckToTheDeskWithItsForm() {
		ProcessInstance request = receive(false);

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
		assertThat(formService().getDeployedTaskForm(check.getId())).asString(StandardCharsets.UTF_8)
			.contains("Hồ sơ đầy đủ, hợp lệ");
	}

	@Test
	void closesADossierCompleteTheFirstTime() throws Exception {
		ProcessInstance request = receivedAndVerified(receive(false));

		assertThat(request).isWaitingAt(TASK_DECIDE_REQUEST);
		assertThat(task(request)).hasCandidateGroup("HOAMINH.leaders");
		complete(task(request), withVariables(Vars.DECISION, Decision.APPROVE));
		assertThat(request).isWaitingAt(TASK_HAND_OVER_RESULT);
		assertThat(task(request)).hasCandidateGroup("HOAMINH.desk");
		complete(task(request), withVariables(Vars.HAND_OVER_METHOD, "DESK"));

		assertThat(request).hasPassed(END_EVENT_REQUEST_CLOSED).isEnded();
		InOrder order = inOrder(delegate(Beans.START_HANDLING), delegate(Beans.NOTIFY_RESULT_READY),
				delegate(Beans.CLOSE_REQUEST));
		order.verify(delegate(Beans.START_HANDLING)).execute(any(DelegateExecution.class));
		order.verify(delegate(Beans.NOTIFY_RESULT_READY)).execute(any(DelegateExecution.class));
		order.verify(delegate(Beans.CLOSE_REQUEST)).execute(any(DelegateExecution.class));
		verify(delegate(Beans.REQUEST_SUPPLEMENT), never()).execute(any(DelegateExecution.class));
		verify(delegate(Beans.WARN_DEADLINE), never()).execute(any(DelegateExecution.class));
	}

	@Test
	void pausesForASupplementThenChecksAgain() throws Exception {
		ProcessInstance request = receive(false);
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, false, Vars.MISSING_DOCUMENTS, "Hợp đồng thuê nhà"));

		assertThat(request).isWaitingAt(GATEWAY_AWAIT_SUPPLEMENT);
		verify(delegate(Beans.REQUEST_SUPPLEMENT)).execute(any(DelegateExecution.class));
		assertThat(timer(request, TIMER_DEADLINE_BREACHED)).as("no deadline runs while paused").isNull();

		runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_RECEIVED)
			.processInstanceBusinessKey(RECEIPT)
			.correlate();

		verify(delegate(Beans.RESUME_CLOCK)).execute(any(DelegateExecution.class));
		assertThat(request).isWaitingAt(TASK_CHECK_COMPLETENESS);
		receivedAndVerified(request);
		assertThat(request).isWaitingAt(TASK_DECIDE_REQUEST);
	}

	@Test
	void returnsTheDossierWhenTheSupplementNeverArrives() throws Exception {
		ProcessInstance request = receive(false);
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, false));

		Job overdue = timer(request, TIMER_SUPPLEMENT_OVERDUE);
		assertThat(overdue.getDuedate()).isEqualTo(Date.from(RECEIVED_AT.plus(Duration.ofDays(30))));
		execute(overdue);

		assertThat(request).hasPassed(SERVICE_TASK_RETURN_DOSSIER, END_EVENT_DOSSIER_RETURNED).isEnded();
		verify(delegate(Beans.RETURN_DOSSIER)).execute(any(DelegateExecution.class));
		verify(delegate(Beans.RESUME_CLOCK), never()).execute(any(DelegateExecution.class));
	}

	@Test
	void sendsTheAreaOfficerToCheckOnSiteWhenTheVerifierAsks() {
		ProcessInstance request = receive(false);
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));
		complete(task(request), withVariables(Vars.FIELD_CHECK_NEEDED, true));

		assertThat(request).isWaitingAt(TASK_CHECK_ON_SITE);
		assertThat(task(request)).hasCandidateUser("tai.vv");
		complete(task(request));

		assertThat(request).isWaitingAt(TASK_DECIDE_REQUEST);
	}

	@Test
	void refusesInWritingWithAReason() throws Exception {
		ProcessInstance request = receivedAndVerified(receive(false));

		complete(task(request), withVariables(Vars.DECISION, Decision.REFUSE, Vars.REFUSAL_REASON,
				"Chỗ ở không hợp pháp"));

		assertThat(request).hasPassed(SERVICE_TASK_ISSUE_REFUSAL, END_EVENT_REQUEST_REFUSED)
			.hasNotPassed(TASK_HAND_OVER_RESULT)
			.isEnded();
		verify(delegate(Beans.ISSUE_REFUSAL)).execute(any(DelegateExecution.class));
	}

	@Test
	void transfersToTheDecidingUnitAndContinuesWithItsResult() throws Exception {
		ProcessInstance request = receive(true);
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));
		complete(task(request), withVariables(Vars.FIELD_CHECK_NEEDED, false));

		assertThat(request).isWaitingAt(RECEIVE_TASK_AWAIT_HIGHER_DECISION).hasNotPassed(TASK_DECIDE_REQUEST);
		verify(delegate(Beans.TRANSFER_DOSSIER)).execute(any(DelegateExecution.class));

		runtimeService().createMessageCorrelation(MESSAGE_HIGHER_DECISION_RETURNED)
			.processInstanceBusinessKey(RECEIPT)
			.setVariable(Vars.DECISION, Decision.APPROVE)
			.correlate();

		assertThat(request).isWaitingAt(TASK_HAND_OVER_RESULT);
	}

	@Test
	void letsTheResidentWithdrawBeforeTheDecision() throws Exception {
		ProcessInstance request = receive(false);
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));

		runtimeService().createMessageCorrelation(MESSAGE_REQUEST_WITHDRAWN)
			.processInstanceBusinessKey(RECEIPT)
			.correlate();

		assertThat(request).hasPassed(SERVICE_TASK_WITHDRAW_REQUEST, END_EVENT_REQUEST_WITHDRAWN).isEnded();
		assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count()).isZero();
		verify(delegate(Beans.CLOSE_REQUEST), never()).execute(any(DelegateExecution.class));
	}

	@Test
	void warnsOfficerAndLeaderAtSeventyFivePercentOfTheTime() throws Exception {
		ProcessInstance request = receive(false);
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));

		Job warning = timer(request, TIMER_DEADLINE_WARNING);
		assertThat(warning.getDuedate()).isEqualTo(Date.from(RECEIVED_AT.plus(Duration.ofDays(2))));
		execute(warning);

		verify(delegate(Beans.WARN_DEADLINE)).execute(any(DelegateExecution.class));
		assertThat(request).isWaitingAt(TASK_VERIFY_DOSSIER).hasPassed(SERVICE_TASK_WARN_DEADLINE);
		verify(delegate(Beans.ISSUE_APOLOGY_LETTER), never()).execute(any(DelegateExecution.class));
	}

	@Test
	void escalatesToLeaderWithAnApologyLetterWhenDeadlineBreached() throws Exception {
		ProcessInstance request = receive(false);
		complete(task(request), withVariables(Vars.DOSSIER_COMPLETE, true));

		execute(timer(request, TIMER_DEADLINE_BREACHED));

		verify(delegate(Beans.ISSUE_APOLOGY_LETTER)).execute(any(DelegateExecution.class));
		assertThat(request).isWaitingAt(TASK_VERIFY_DOSSIER, TASK_RESOLVE_BREACH);
		Task escalation = taskService().createTaskQuery()
			.processInstanceId(request.getId())
			.taskDefinitionKey(TASK_RESOLVE_BREACH)
			.singleResult();
		assertThat(escalation).hasCandidateGroup("HOAMINH.leaders");
		complete(escalation);
		complete(task(TASK_VERIFY_DOSSIER, request), withVariables(Vars.FIELD_CHECK_NEEDED, false));
		complete(task(request), withVariables(Vars.DECISION, Decision.APPROVE));
		complete(task(request), withVariables(Vars.HAND_OVER_METHOD, "POST", Vars.TRACKING_NUMBER, "EP123456789VN"));
		assertThat(request).hasPassed(END_EVENT_REQUEST_CLOSED).isEnded();
	}

}
