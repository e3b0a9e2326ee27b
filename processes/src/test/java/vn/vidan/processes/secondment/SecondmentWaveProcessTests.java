package vn.vidan.processes.secondment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.vidan.processes.secondment.SecondmentWaveProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import vn.vidan.processes.secondment.SecondmentWaveProcess.Beans;
import vn.vidan.processes.secondment.SecondmentWaveProcess.Vars;

/**
 * Every path of a wave, with the real SecondmentTermProcess called for each place: a whole wave, a plan sent back, a
 * refused release replaced.
 */
@Deployment(resources = { SecondmentWaveProcess.RESOURCE, SecondmentTermProcess.RESOURCE,
		"vidan/forms/secondment.approve-plan.form", "vidan/forms/secondment.revise-plan.form",
		"vidan/forms/secondment.nominate.form", "vidan/forms/secondment.confirm-assignments.form",
		"vidan/forms/secondment.approve-release.form", "vidan/forms/secondment.sign-decision.form",
		"vidan/forms/secondment.confirm-arrival.form", "vidan/forms/secondment.file-report.form",
		"vidan/forms/secondment.confirm-report.form", "vidan/forms/secondment.chase-report.form",
		"vidan/forms/secondment.evaluate.form", "vidan/forms/secondment.approve-commendation.form" })
class SecondmentWaveProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessTestEngine.extension();

	private static final String WAVE = "TLCAX-2026-1";

	private static final Instant START = Instant.parse("2026-06-01T01:00:00Z");

	private final SecondmentBeans secondments = mock(SecondmentBeans.class);

	private final SecondmentBeans.Routing routing = mock(SecondmentBeans.Routing.class);

	private final Map<String, JavaDelegate> delegates = new HashMap<>();

	@BeforeEach
	void registerBeans() throws Exception {
		ClockUtil.setCurrentTime(Date.from(START));
		when(routing.groups("CADNO", "PROVINCE_LEADER")).thenReturn(List.of("CADNO.leaders"));
		when(routing.groups("CADNO", "PERSONNEL_DEPARTMENT")).thenReturn(List.of("CADNO-PX01"));
		when(routing.groups("CADNO-PC08", "UNIT_LEADER")).thenReturn(List.of("CADNO-PC08.leaders"));
		when(routing.groups("CUJUT", "UNIT_LEADER")).thenReturn(List.of("CUJUT.leaders"));
		when(secondments.sourceUnits(WAVE)).thenReturn(List.of("CADNO-PC08", "CUJUT"));
		when(secondments.nominationDue(WAVE, "CADNO-PC08")).thenReturn(Date.from(START.plus(Duration.ofDays(7))));
		when(secondments.nominationDue(WAVE, "CUJUT")).thenReturn(Date.from(START.plus(Duration.ofDays(5))));
		when(secondments.pendingReleases(WAVE)).thenReturn(List.of("A-1", "A-2"));
		when(secondments.supervisorGroups(any())).thenReturn(List.of("CADNO-PC08.leaders"));
		when(secondments.places(WAVE)).thenReturn(List.of("P-1", "P-2"));
		when(secondments.arrivalDue(any())).thenReturn(Date.from(START.plus(Duration.ofDays(30))));
		when(secondments.termEnd(WAVE)).thenReturn(Date.from(START.plus(Duration.ofDays(120))));
		when(secondments.moreReports(any())).thenReturn(false);
		Mocks.register(Beans.SECONDMENTS, secondments);
		Mocks.register(Beans.ROUTING, routing);
		Mocks.register(Beans.RECORD_STEP, mock(TaskListener.class));
		for (String name : List.of(Beans.PROPOSE_ASSIGNMENTS, Beans.PROPOSE_REPLACEMENTS, Beans.ISSUE_DECISION,
				Beans.SUMMARISE_WAVE, SecondmentTermProcess.Beans.LOAD_PLACE, SecondmentTermProcess.Beans.GRANT_ACCESS,
				SecondmentTermProcess.Beans.REVOKE_ACCESS, SecondmentTermProcess.Beans.REMIND_OFFICER,
				SecondmentTermProcess.Beans.END_TERM_EARLY, SecondmentTermProcess.Beans.PROPOSE_REPLACEMENT)) {
			JavaDelegate delegate = mock(JavaDelegate.class);
			delegates.put(name, delegate);
			Mocks.register(name, delegate);
		}
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable(SecondmentTermProcess.Vars.COMMUNE_CODE, "DAKNIA");
			execution.setVariable(SecondmentTermProcess.Vars.ASSIGNMENT_ID,
					"A-" + execution.getVariable(SecondmentTermProcess.Vars.PLACE_ID).toString().substring(2));
			return null;
		}).when(delegate(SecondmentTermProcess.Beans.LOAD_PLACE)).execute(any());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private JavaDelegate delegate(String name) {
		return delegates.get(name);
	}

	private static ProcessInstance draft() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, WAVE,
				withVariables(Vars.WAVE_CODE, WAVE, Vars.PROVINCE_CODE, "CADNO"));
	}

	private static List<Task> tasks(String key) {
		return taskQuery().taskDefinitionKey(key).list();
	}

	private static Task single(ProcessInstance wave, String key) {
		Task task = taskQuery().processInstanceId(wave.getId()).taskDefinitionKey(key).singleResult();
		assertThat(task).as("open task %s", key).isNotNull();
		return task;
	}

	/** Plan approved, both source units nominated, the proposal confirmed. */
	private static ProcessInstance confirmed() {
		ProcessInstance wave = draft();
		assertThat(single(wave, TASK_APPROVE_WAVE_PLAN)).hasCandidateGroup("CADNO.leaders");
		complete(single(wave, TASK_APPROVE_WAVE_PLAN), withVariables(Vars.APPROVED, true));
		List<Task> nominations = tasks(TASK_NOMINATE_OFFICERS);
		assertThat(nominations).hasSize(2);
		assertThat(taskQuery().taskDefinitionKey(TASK_NOMINATE_OFFICERS).taskCandidateGroup("CUJUT.leaders").singleResult()
			.getDueDate()).as("each source unit has its own deadline").isEqualTo(Date.from(START.plus(Duration.ofDays(5))));
		assertThat(taskQuery().taskDefinitionKey(TASK_NOMINATE_OFFICERS)
			.taskCandidateGroup("CADNO-PC08.leaders")
			.singleResult()
			.getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(7))));
		nominations.forEach(task -> complete(task));
		assertThat(single(wave, TASK_CONFIRM_ASSIGNMENTS)).hasCandidateGroup("CADNO-PX01");
		complete(single(wave, TASK_CONFIRM_ASSIGNMENTS));
		return wave;
	}

	private static void releaseAll(boolean... answers) {
		List<Task> releases = tasks(TASK_APPROVE_RELEASE);
		assertThat(releases).hasSize(answers.length);
		for (int i = 0; i < answers.length; i++) {
			complete(releases.get(i), withVariables(Vars.RELEASED, answers[i]));
		}
	}

	@Test
	void runsAWholeWaveFromPlanToSummary() throws Exception {
		ProcessInstance wave = confirmed();
		releaseAll(true, true);
		complete(single(wave, TASK_SIGN_DECISION), withVariables("decisionNumber", "2150/QĐ-CAT-PX01"));

		List<ProcessInstance> places = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(SecondmentTermProcess.PROCESS_KEY)
			.list()
			.stream()
			.map(ProcessInstance.class::cast)
			.toList();
		assertThat(places).hasSize(2).allSatisfy(place -> assertThat(place.getBusinessKey()).isEqualTo(WAVE));
		for (ProcessInstance place : places) {
			complete(taskQuery().processInstanceId(place.getId())
				.taskDefinitionKey(SecondmentTermProcess.TASK_CONFIRM_ARRIVAL)
				.singleResult());
			execute(managementService().createJobQuery().processInstanceId(place.getId()).singleResult());
			for (Task evaluation : taskQuery().processInstanceId(place.getId()).list()) {
				complete(evaluation, withVariables("rating", "GOOD", "comment", "Hoàn thành tốt"));
			}
		}

		assertThat(wave).hasPassed(SERVICE_TASK_ISSUE_DECISION, END_EVENT_WAVE_CLOSED).isEnded();
		InOrder order = inOrder(delegate(Beans.PROPOSE_ASSIGNMENTS), delegate(Beans.ISSUE_DECISION),
				delegate(Beans.SUMMARISE_WAVE));
		order.verify(delegate(Beans.PROPOSE_ASSIGNMENTS)).execute(any(DelegateExecution.class));
		order.verify(delegate(Beans.ISSUE_DECISION)).execute(any(DelegateExecution.class));
		order.verify(delegate(Beans.SUMMARISE_WAVE)).execute(any(DelegateExecution.class));
		verify(delegate(Beans.PROPOSE_REPLACEMENTS), never()).execute(any(DelegateExecution.class));
	}

	@Test
	void sendsThePlanBackToPersonnelUntilTheLeadershipApproves() {
		ProcessInstance wave = draft();
		complete(single(wave, TASK_APPROVE_WAVE_PLAN), withVariables(Vars.APPROVED, false, "planComment", "Thêm xã Ea Pô"));

		assertThat(single(wave, TASK_REVISE_PLAN)).hasCandidateGroup("CADNO-PX01");
		complete(single(wave, TASK_REVISE_PLAN), withVariables("revisionNote", "Đã thêm xã Ea Pô, 4 suất"));
		assertThat(wave).isWaitingAt(TASK_APPROVE_WAVE_PLAN);
		complete(single(wave, TASK_APPROVE_WAVE_PLAN), withVariables(Vars.APPROVED, true));
		assertThat(wave).isWaitingAt(TASK_NOMINATE_OFFICERS);
	}

	@Test
	void proposesAReplacementWhenASupervisorRefusesARelease() throws Exception {
		when(secondments.refusedReleases(WAVE)).thenReturn(1, 0);
		ProcessInstance wave = confirmed();
		releaseAll(true, false);

		verify(delegate(Beans.PROPOSE_REPLACEMENTS)).execute(any(DelegateExecution.class));
		assertThat(wave).isWaitingAt(TASK_CONFIRM_ASSIGNMENTS);
		when(secondments.pendingReleases(WAVE)).thenReturn(List.of("A-3"));
		complete(single(wave, TASK_CONFIRM_ASSIGNMENTS));
		releaseAll(true);

		assertThat(wave).isWaitingAt(TASK_SIGN_DECISION);
	}

}
