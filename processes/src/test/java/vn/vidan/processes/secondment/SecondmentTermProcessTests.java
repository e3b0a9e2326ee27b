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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.vidan.processes.secondment.SecondmentTermProcess.*;

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
import vn.vidan.processes.secondment.SecondmentTermProcess.Beans;
import vn.vidan.processes.secondment.SecondmentTermProcess.Vars;

/** Every path of one place in a commune: arrival, reports, late reports, the end of term, an early end. */
@Deployment(resources = { SecondmentTermProcess.RESOURCE, "vidan/forms/secondment.confirm-arrival.form",
		"vidan/forms/secondment.file-report.form", "vidan/forms/secondment.confirm-report.form",
		"vidan/forms/secondment.chase-report.form", "vidan/forms/secondment.evaluate.form",
		"vidan/forms/secondment.approve-commendation.form", "vidan/forms/secondment.approve-release.form" })
class SecondmentTermProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessTestEngine.extension();

	static final Instant START = Instant.parse("2026-07-01T01:00:00Z");

	static final Instant END = Instant.parse("2026-09-30T10:00:00Z");

	private final SecondmentBeans secondments = mock(SecondmentBeans.class);

	private final SecondmentBeans.Routing routing = mock(SecondmentBeans.Routing.class);

	private final TaskListener steps = mock(TaskListener.class);

	private final Map<String, JavaDelegate> delegates = new HashMap<>();

	@BeforeEach
	void registerBeans() throws Exception {
		ClockUtil.setCurrentTime(Date.from(START));
		when(routing.groups("DAKNIA", "UNIT_LEADER")).thenReturn(List.of("DAKNIA.leaders"));
		when(routing.users("DAKNIA", "PEOPLES_COMMITTEE_CHAIRMAN")).thenReturn(List.of("hung.nv"));
		when(secondments.arrivalDue(any())).thenReturn(Date.from(START.plus(Duration.ofDays(1))));
		when(secondments.officer("A-1")).thenReturn("son.nt");
		when(secondments.officer("A-2")).thenReturn("hoa.lt");
		when(secondments.supervisorGroups("A-2")).thenReturn(List.of("CADNO-PC06.leaders"));
		when(secondments.nextReportAt(any())).thenReturn(Date.from(START.plus(Duration.ofDays(30))));
		when(secondments.reportDue(any())).thenReturn(Date.from(START.plus(Duration.ofDays(33))));
		when(secondments.reportEscalationAt(any())).thenReturn(Date.from(START.plus(Duration.ofDays(36))));
		when(secondments.termEnd("TLCAX-2026-1")).thenReturn(Date.from(END));
		Mocks.register(Beans.SECONDMENTS, secondments);
		Mocks.register(Beans.ROUTING, routing);
		Mocks.register(Beans.RECORD_STEP, steps);
		for (String name : List.of(Beans.LOAD_PLACE, Beans.GRANT_ACCESS, Beans.REVOKE_ACCESS, Beans.REMIND_OFFICER,
				Beans.END_TERM_EARLY, Beans.PROPOSE_REPLACEMENT)) {
			JavaDelegate delegate = mock(JavaDelegate.class);
			delegates.put(name, delegate);
			Mocks.register(name, delegate);
		}
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable(Vars.COMMUNE_CODE, "DAKNIA");
			execution.setVariable(Vars.ASSIGNMENT_ID, "A-1");
			return null;
		}).when(delegate(Beans.LOAD_PLACE)).execute(any());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private JavaDelegate delegate(String name) {
		return delegates.get(name);
	}

	private static ProcessInstance open() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "TLCAX-2026-1",
				withVariables(Vars.WAVE_CODE, "TLCAX-2026-1", Vars.PROVINCE_CODE, "CADNO", Vars.PLACE_ID, "P-1"));
	}

	private static Task task(ProcessInstance place, String key) {
		Task task = taskQuery().processInstanceId(place.getId()).taskDefinitionKey(key).singleResult();
		assertThat(task).as("open task %s", key).isNotNull();
		return task;
	}

	private static Job job(ProcessInstance place, String activityId) {
		Job job = managementService().createJobQuery()
			.processInstanceId(place.getId())
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("job at %s", activityId).isNotNull();
		return job;
	}

	private ProcessInstance arrived() {
		ProcessInstance place = open();
		assertThat(place).isWaitingAt(TASK_CONFIRM_ARRIVAL);
		assertThat(task(place, TASK_CONFIRM_ARRIVAL)).hasCandidateGroup("DAKNIA.leaders");
		complete(task(place, TASK_CONFIRM_ARRIVAL));
		return place;
	}

	private static void fileAndConfirmReport(ProcessInstance place) {
		execute(job(place, TIMER_REPORT_PERIOD_ENDED));
		assertThat(task(place, TASK_FILE_ACTIVITY_REPORT)).hasCandidateUser("son.nt");
		complete(task(place, TASK_FILE_ACTIVITY_REPORT), withVariables("patrols", 8, "idApplications", 120));
		assertThat(task(place, TASK_CONFIRM_ACTIVITY_REPORT)).hasCandidateGroup("DAKNIA.leaders");
		complete(task(place, TASK_CONFIRM_ACTIVITY_REPORT));
	}

	private static void evaluated(ProcessInstance place, boolean commendation) {
		assertThat(place).isWaitingAt(TASK_EVALUATE_BY_COMMUNE_CHIEF, TASK_EVALUATE_BY_CHAIRMAN);
		assertThat(task(place, TASK_EVALUATE_BY_CHAIRMAN)).hasCandidateUser("hung.nv");
		complete(task(place, TASK_EVALUATE_BY_COMMUNE_CHIEF),
				withVariables("rating", "EXCELLENT", "comment", "Nhiệt tình", "proposeCommendation", commendation));
		complete(task(place, TASK_EVALUATE_BY_CHAIRMAN), withVariables("rating", "EXCELLENT", "comment", "Tốt"));
	}

	@Test
	void servesTheTermWithPeriodicReportsThenIsEvaluatedAndCommended() throws Exception {
		when(secondments.moreReports("A-1")).thenReturn(true, true, false);
		when(secondments.commendationProposed("A-1")).thenReturn(true);
		ProcessInstance place = arrived();

		fileAndConfirmReport(place);
		fileAndConfirmReport(place);
		assertThat(place).hasPassed(END_EVENT_REPORTS_DONE).isWaitingAt(TIMER_TERM_END_REACHED);
		assertThat(job(place, TIMER_TERM_END_REACHED).getDuedate()).isEqualTo(Date.from(END));
		execute(job(place, TIMER_TERM_END_REACHED));
		evaluated(place, true);
		complete(task(place, TASK_APPROVE_COMMENDATION), withVariables("commendationApproved", "true"));

		assertThat(place).hasPassed(END_EVENT_TERM_COMPLETED).isEnded();
		InOrder order = inOrder(delegate(Beans.LOAD_PLACE), delegate(Beans.GRANT_ACCESS), delegate(Beans.REVOKE_ACCESS));
		order.verify(delegate(Beans.LOAD_PLACE)).execute(any(DelegateExecution.class));
		order.verify(delegate(Beans.GRANT_ACCESS)).execute(any(DelegateExecution.class));
		order.verify(delegate(Beans.REVOKE_ACCESS)).execute(any(DelegateExecution.class));
		verify(delegate(Beans.REMIND_OFFICER), never()).execute(any(DelegateExecution.class));
	}

	@Test
	void remindsTheOfficerThenEscalatesALateReportToTheCommuneChief() throws Exception {
		when(secondments.moreReports("A-1")).thenReturn(true);
		ProcessInstance place = arrived();
		execute(job(place, TIMER_REPORT_PERIOD_ENDED));

		execute(job(place, TIMER_REPORT_LATE));
		verify(delegate(Beans.REMIND_OFFICER)).execute(any(DelegateExecution.class));
		assertThat(place).isWaitingAt(TASK_FILE_ACTIVITY_REPORT);

		execute(job(place, TIMER_REPORT_OVERDUE));
		assertThat(place).isWaitingAt(TASK_FILE_ACTIVITY_REPORT, TASK_CHASE_LATE_REPORT);
		assertThat(task(place, TASK_CHASE_LATE_REPORT)).hasCandidateGroup("DAKNIA.leaders");
	}

	@Test
	void withdrawsCommuneAccessAutomaticallyWhenTheTermEnds() throws Exception {
		when(secondments.moreReports("A-1")).thenReturn(true);
		ProcessInstance place = arrived();
		assertThat(place).isWaitingAt(TIMER_REPORT_PERIOD_ENDED);
		verify(delegate(Beans.GRANT_ACCESS)).execute(any(DelegateExecution.class));

		Job end = job(place, TIMER_TERM_ENDED);
		assertThat(end.getDuedate()).isEqualTo(Date.from(END));
		execute(end);

		verify(delegate(Beans.REVOKE_ACCESS)).execute(any(DelegateExecution.class));
		assertThat(place).hasPassed(TIMER_TERM_ENDED);
		evaluated(place, false);
		assertThat(place).hasNotPassed(TASK_APPROVE_COMMENDATION).isEnded();
	}

	@Test
	void replacesAnOfficerWhoseTermEndsEarly() throws Exception {
		when(secondments.moreReports(any())).thenReturn(true);
		ProcessInstance place = arrived();
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable(Vars.ASSIGNMENT_ID, "A-2");
			execution.setVariable(Vars.REPLACEMENT_FOUND, true);
			return null;
		}).when(delegate(Beans.PROPOSE_REPLACEMENT)).execute(any());

		runtimeService().createMessageCorrelation(MESSAGE_TERM_ENDED_EARLY)
			.processInstanceId(place.getId())
			.setVariable("endReason", "Ốm dài ngày")
			.correlate();

		verify(delegate(Beans.END_TERM_EARLY)).execute(any(DelegateExecution.class));
		assertThat(task(place, TASK_APPROVE_REPLACEMENT_RELEASE)).hasCandidateGroup("CADNO-PC06.leaders");
		complete(task(place, TASK_APPROVE_REPLACEMENT_RELEASE), withVariables(Vars.RELEASED, true));
		assertThat(place).isWaitingAt(TASK_CONFIRM_ARRIVAL);
		complete(task(place, TASK_CONFIRM_ARRIVAL));
		verify(delegate(Beans.GRANT_ACCESS), times(2)).execute(any(DelegateExecution.class));
		execute(job(place, TIMER_REPORT_PERIOD_ENDED));
		assertThat(task(place, TASK_FILE_ACTIVITY_REPORT)).hasCandidateUser("hoa.lt");
	}

	@Test
	void proposesAnotherReplacementWhenTheSupervisorRefuses() throws Exception {
		when(secondments.moreReports(any())).thenReturn(true);
		ProcessInstance place = arrived();
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable(Vars.ASSIGNMENT_ID, "A-2");
			execution.setVariable(Vars.REPLACEMENT_FOUND, true);
			return null;
		}).when(delegate(Beans.PROPOSE_REPLACEMENT)).execute(any());
		runtimeService().createMessageCorrelation(MESSAGE_TERM_ENDED_EARLY).processInstanceId(place.getId()).correlate();

		complete(task(place, TASK_APPROVE_REPLACEMENT_RELEASE), withVariables(Vars.RELEASED, false));

		verify(delegate(Beans.PROPOSE_REPLACEMENT), times(2)).execute(any(DelegateExecution.class));
		assertThat(place).isWaitingAt(TASK_APPROVE_REPLACEMENT_RELEASE);
	}

	@Test
	void leavesThePlaceVacantWhenNobodyIsLeftToReplace() throws Exception {
		when(secondments.moreReports(any())).thenReturn(true);
		ProcessInstance place = arrived();
		doAnswer(call -> {
			((DelegateExecution) call.getArgument(0)).setVariable(Vars.REPLACEMENT_FOUND, false);
			return null;
		}).when(delegate(Beans.PROPOSE_REPLACEMENT)).execute(any());

		runtimeService().createMessageCorrelation(MESSAGE_TERM_ENDED_EARLY).processInstanceId(place.getId()).correlate();

		assertThat(place).hasPassed(END_EVENT_PLACE_VACANT).isEnded();
		verify(delegate(Beans.REVOKE_ACCESS), never()).execute(any(DelegateExecution.class));
	}

}
