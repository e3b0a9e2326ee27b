package vn.vidan.processes.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
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
import static vn.vidan.processes.tip.TipReportProcess.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import vn.vidan.processes.ProcessTestEngine;
import vn.vidan.processes.tip.TipReportProcess.Beans;
import vn.vidan.processes.tip.TipReportProcess.Category;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/**
 * Every path of TipReportProcess on a bare engine: the real triage decision tables, the app's beans mocked, a fake
 * clock. The schedule, start-handling and transfer mocks set the deadlines the app would compute.
 */
@Deployment(resources = { TipReportProcess.RESOURCE, TipReportProcess.DECISION_RESOURCE,
		"vidan/forms/tip-report.dispatch.form", "vidan/forms/tip-report.triage.form",
		"vidan/forms/tip-report.check-crime-report.form", "vidan/forms/tip-report.verify-violation.form",
		"vidan/forms/tip-report.record-violation.form", "vidan/forms/tip-report.mediate-dispute.form",
		"vidan/forms/tip-report.resolve-complaint.form", "vidan/forms/tip-report.prepare-forwarding.form",
		"vidan/forms/tip-report.approve-conclusion.form", "vidan/forms/tip-report.acknowledge-transfer.form",
		"vidan/forms/tip-report.supervise-overdue.form" })
class TipReportProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessTestEngine.extension();

	private static final String TIP = "TB-HOAMINH-261122-0001";

	private static final Instant RECEIVED_AT = Instant.parse("2026-11-23T02:00:00Z");

	/** The methods the model calls on the app's routing bean. */
	interface Routing {

		List<String> groups(String unitCode, String role);

	}

	/** The methods the model calls on the app's tip bean. */
	interface Tips {

		String handler(String tipId);

		List<String> areaGroups(String tipId);

		String escalationWithin();

	}

	private final Routing routing = mock(Routing.class);

	private final Tips tips = mock(Tips.class);

	private final TaskListener findings = mock(TaskListener.class);

	private final Map<String, JavaDelegate> delegates = new HashMap<>();

	/** What the schedule delegate saw from Decision_TipTriage. */
	private final Map<String, Object> triageRule = new HashMap<>();

	@BeforeEach
	void registerBeans() throws Exception {
		ClockUtil.setCurrentTime(Date.from(RECEIVED_AT));
		when(routing.groups("HOAMINH", "DUTY_OFFICER")).thenReturn(List.of("HOAMINH.duty"));
		when(routing.groups("HOAMINH", "UNIT_LEADER")).thenReturn(List.of("HOAMINH.leaders"));
		when(routing.groups("HOAMINH", "NEXT_LEVEL_LEADER")).thenReturn(List.of("CADN.leaders"));
		when(routing.groups("CADN-PC02", "UNIT_OFFICER")).thenReturn(List.of("CADN-PC02"));
		when(tips.handler(TIP)).thenReturn("tai.vv");
		when(tips.areaGroups(TIP)).thenReturn(List.of("HOAMINH.area"));
		when(tips.escalationWithin()).thenReturn("PT4H");
		Mocks.register(Beans.ROUTING, routing);
		Mocks.register(Beans.TIPS, tips);
		Mocks.register(Beans.RECORD_FINDING, findings);
		for (String name : List.of(Beans.SCHEDULE_TRIAGE, Beans.LINK_DUPLICATE, Beans.START_HANDLING, Beans.TRANSFER,
				Beans.FORWARD, Beans.NOTIFY_REPORTER, Beans.CLOSE, Beans.RECORD_BREACH)) {
			JavaDelegate delegate = mock(JavaDelegate.class);
			delegates.put(name, delegate);
			Mocks.register(name, delegate);
		}
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			triageRule.put(Vars.DISPATCH, execution.getVariable(Vars.DISPATCH));
			triageRule.put(Vars.TRIAGE_DEADLINE, execution.getVariable(Vars.TRIAGE_DEADLINE));
			triageRule.put(Vars.TRIAGE_CLOCK, execution.getVariable(Vars.TRIAGE_CLOCK));
			Duration deadline = Duration.parse((String) execution.getVariable(Vars.TRIAGE_DEADLINE));
			execution.setVariable(Vars.TRIAGE_DUE, Date.from(ClockUtil.getCurrentTime().toInstant().plus(deadline)));
			return null;
		}).when(delegate(Beans.SCHEDULE_TRIAGE)).execute(any());
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable(Vars.HANDLING_DUE,
					Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3))));
			return null;
		}).when(delegate(Beans.START_HANDLING)).execute(any());
		doAnswer(call -> {
			DelegateExecution execution = call.getArgument(0);
			execution.setVariable(Vars.RECEIVING_UNIT_CODE, "CADN-PC02");
			execution.setVariable(Vars.ACKNOWLEDGEMENT_DUE,
					Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(24))));
			return null;
		}).when(delegate(Beans.TRANSFER)).execute(any());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	private JavaDelegate delegate(String name) {
		return delegates.get(name);
	}

	private static ProcessInstance receive(String suggestedCategory, String urgency) {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TIP,
				withVariables(Vars.TIP_ID, TIP, Vars.UNIT_CODE, "HOAMINH", Vars.SUGGESTED_CATEGORY, suggestedCategory,
						Vars.URGENCY, urgency));
	}

	/** The one open task at {@code taskKey}; fails when there is none or more than one. */
	private static Task task(ProcessInstance tip, String taskKey) {
		Task task = taskQuery().processInstanceId(tip.getId()).taskDefinitionKey(taskKey).singleResult();
		assertThat(task).as("open task %s", taskKey).isNotNull();
		return task;
	}

	private static void completeAt(ProcessInstance tip, String taskKey, Map<String, Object> variables) {
		assertThat(tip).isWaitingAt(taskKey);
		complete(task(tip, taskKey), variables);
	}

	private ProcessInstance triagedAs(String category) {
		ProcessInstance tip = receive(category, "ORDINARY");
		completeAt(tip, TASK_TRIAGE_TIP, withVariables(Vars.CATEGORY, category));
		return tip;
	}

	private static void approve(ProcessInstance tip) {
		completeAt(tip, TASK_APPROVE_CONCLUSION, withVariables(Vars.APPROVED, true));
	}

	/** Assigned to the handler, and still visible to the unit's other area officers should they need to step in. */
	private static void assertOpenToAreaOfficers(ProcessInstance tip, String taskKey) {
		assertThat(taskQuery().processInstanceId(tip.getId())
			.taskDefinitionKey(taskKey)
			.taskCandidateGroup("HOAMINH.area")
			.includeAssignedTasks()
			.count()).isOne();
	}

	private static Job timer(ProcessInstance tip, String activityId) {
		return managementService().createJobQuery()
			.processInstanceId(tip.getId())
			.activityId(activityId)
			.singleResult();
	}

	private void verifyConcludedInOrder(String... delegateNames) throws Exception {
		InOrder order = inOrder(delegates.values().toArray());
		for (String name : delegateNames) {
			order.verify(delegate(name)).execute(any(DelegateExecution.class));
		}
	}

	@Test
	void givesTheDutyOfficerTwentyFourWorkingHoursForAnOrdinaryReport() {
		ProcessInstance tip = receive(Category.PUBLIC_ORDER, "ORDINARY");

		assertThat(tip).isWaitingAt(TASK_TRIAGE_TIP);
		assertThat(triageRule).containsEntry(Vars.DISPATCH, false)
			.containsEntry(Vars.TRIAGE_DEADLINE, "PT24H")
			.containsEntry(Vars.TRIAGE_CLOCK, "WORKING");
		Task triage = task(tip, TASK_TRIAGE_TIP);
		assertThat(triage).hasCandidateGroup("HOAMINH.duty");
		assertThat(triage.getDueDate()).isEqualTo(Date.from(RECEIVED_AT.plus(Duration.ofHours(24))));
		assertThat(formService().getDeployedTaskForm(triage.getId())).asString(StandardCharsets.UTF_8)
			.contains("Phân loại tin", "Danh tính người báo tin được bảo vệ");
		assertThat(timer(tip, TIMER_TRIAGE_BREACHED).getDuedate()).isEqualTo(triage.getDueDate());
	}

	@Test
	void dispatchesAPatrolWithinFifteenMinutesWhenTheIncidentIsInProgress() {
		ProcessInstance tip = receive(Category.PUBLIC_ORDER, "IN_PROGRESS");

		assertThat(tip).isWaitingAt(TASK_DISPATCH_PATROL);
		assertThat(triageRule).containsEntry(Vars.DISPATCH, true)
			.containsEntry(Vars.TRIAGE_DEADLINE, "PT15M")
			.containsEntry(Vars.TRIAGE_CLOCK, "WALL");
		Task dispatch = task(tip, TASK_DISPATCH_PATROL);
		assertThat(dispatch).hasCandidateGroup("HOAMINH.duty");
		assertThat(dispatch.getDueDate()).isEqualTo(Date.from(RECEIVED_AT.plus(Duration.ofMinutes(15))));

		completeAt(tip, TASK_DISPATCH_PATROL, withVariables("dispatchNote", "Tổ tuần tra 113 có mặt lúc 09:10"));
		assertThat(tip).isWaitingAt(TASK_TRIAGE_TIP);
	}

	@Test
	void transfersACrimeReportToTheInvestigatingAgencyWhichAcknowledgesIt() throws Exception {
		ProcessInstance tip = triagedAs(Category.CRIME);

		assertThat(tip).isWaitingAt(TASK_CHECK_CRIME_REPORT);
		Task check = task(tip, TASK_CHECK_CRIME_REPORT);
		assertThat(check).isAssignedTo("tai.vv");
		assertOpenToAreaOfficers(tip, TASK_CHECK_CRIME_REPORT);
		completeAt(tip, TASK_CHECK_CRIME_REPORT, withVariables("finding", "Có dấu hiệu trộm cắp tài sản"));
		assertThat(task(tip, TASK_APPROVE_CONCLUSION)).hasCandidateGroup("HOAMINH.leaders");
		approve(tip);

		assertThat(tip).isWaitingAt(TASK_ACKNOWLEDGE_TRANSFER);
		Task acknowledgement = task(tip, TASK_ACKNOWLEDGE_TRANSFER);
		assertThat(acknowledgement).hasCandidateGroup("CADN-PC02");
		assertThat(acknowledgement.getDueDate()).isEqualTo(Date.from(RECEIVED_AT.plus(Duration.ofHours(24))));
		verify(delegate(Beans.NOTIFY_REPORTER), never()).execute(any(DelegateExecution.class));
		completeAt(tip, TASK_ACKNOWLEDGE_TRANSFER, withVariables("caseNumber", "12/TB-PC02"));

		assertThat(tip).hasPassed(SERVICE_TASK_TRANSFER_TO_INVESTIGATION, END_EVENT_TIP_CLOSED).isEnded();
		verifyConcludedInOrder(Beans.SCHEDULE_TRIAGE, Beans.START_HANDLING, Beans.TRANSFER, Beans.NOTIFY_REPORTER,
				Beans.CLOSE);
		verify(findings, times(4)).notify(any(DelegateTask.class));
	}

	@Test
	void recordsAnAdministrativeViolationAndItsPenalty() throws Exception {
		ProcessInstance tip = triagedAs(Category.ADMINISTRATIVE_VIOLATION);

		completeAt(tip, TASK_VERIFY_VIOLATION, withVariables(Vars.VIOLATION_FOUND, true, "finding", "Có vi phạm"));
		assertThat(task(tip, TASK_RECORD_VIOLATION)).isAssignedTo("tai.vv");
		completeAt(tip, TASK_RECORD_VIOLATION, withVariables("violationRecordNo", "15/BB-VPHC", "penaltyDecisionNo",
				"15/QĐ-XPHC", "penaltyAmount", 1_500_000));
		approve(tip);

		assertThat(tip).hasPassed(TASK_RECORD_VIOLATION, END_EVENT_TIP_CLOSED)
			.hasNotPassed(SERVICE_TASK_TRANSFER_TO_INVESTIGATION, SERVICE_TASK_FORWARD_TO_AGENCY)
			.isEnded();
		verifyConcludedInOrder(Beans.START_HANDLING, Beans.NOTIFY_REPORTER, Beans.CLOSE);
	}

	@Test
	void concludesNoViolationWithoutAPenalty() {
		ProcessInstance tip = triagedAs(Category.ADMINISTRATIVE_VIOLATION);

		completeAt(tip, TASK_VERIFY_VIOLATION, withVariables(Vars.VIOLATION_FOUND, false, "finding", "Không vi phạm"));
		approve(tip);

		assertThat(tip).hasNotPassed(TASK_RECORD_VIOLATION).hasPassed(END_EVENT_TIP_CLOSED).isEnded();
	}

	@Test
	void mediatesAMinorCivilDispute() {
		ProcessInstance tip = triagedAs(Category.CIVIL_DISPUTE);

		completeAt(tip, TASK_MEDIATE_DISPUTE,
				withVariables("mediationOutcome", "NOT_RECONCILED", "finding", "Hướng dẫn khởi kiện tại Tòa án"));
		approve(tip);

		assertThat(tip).hasPassed(TASK_MEDIATE_DISPUTE, SERVICE_TASK_NOTIFY_REPORTER, END_EVENT_TIP_CLOSED).isEnded();
	}

	@Test
	void sendsAPublicOrderComplaintToTheAreaOfficer() {
		ProcessInstance tip = triagedAs(Category.PUBLIC_ORDER);

		assertThat(task(tip, TASK_RESOLVE_COMPLAINT)).isAssignedTo("tai.vv");
		assertOpenToAreaOfficers(tip, TASK_RESOLVE_COMPLAINT);
		completeAt(tip, TASK_RESOLVE_COMPLAINT, withVariables("finding", "Nhắc nhở, cam kết không gây ồn sau 22h"));
		approve(tip);

		assertThat(tip).hasPassed(TASK_RESOLVE_COMPLAINT, END_EVENT_TIP_CLOSED).isEnded();
	}

	@Test
	void forwardsAMatterOutsidePoliceCompetenceAndInformsTheReporter() throws Exception {
		ProcessInstance tip = triagedAs(Category.OUTSIDE_COMPETENCE);

		assertThat(task(tip, TASK_PREPARE_FORWARDING)).hasCandidateGroup("HOAMINH.duty");
		completeAt(tip, TASK_PREPARE_FORWARDING,
				withVariables("forwardAgency", "UBND phường Hòa Minh", "finding", "Tranh chấp đất đai"));
		approve(tip);

		assertThat(tip).hasPassed(SERVICE_TASK_FORWARD_TO_AGENCY, END_EVENT_TIP_CLOSED).isEnded();
		verifyConcludedInOrder(Beans.FORWARD, Beans.NOTIFY_REPORTER, Beans.CLOSE);
	}

	@Test
	void linksADuplicateToTheExistingTipAndCloses() throws Exception {
		ProcessInstance tip = receive(Category.PUBLIC_ORDER, "ORDINARY");

		completeAt(tip, TASK_TRIAGE_TIP,
				withVariables(Vars.CATEGORY, Category.DUPLICATE, Vars.DUPLICATE_OF, "TB-HOAMINH-261121-0004"));

		assertThat(tip).hasPassed(SERVICE_TASK_LINK_DUPLICATE, END_EVENT_TIP_CLOSED)
			.hasNotPassed(TASK_DETERMINE_HANDLING_DEADLINE)
			.isEnded();
		verify(delegate(Beans.START_HANDLING), never()).execute(any(DelegateExecution.class));
		verifyConcludedInOrder(Beans.LINK_DUPLICATE, Beans.NOTIFY_REPORTER, Beans.CLOSE);
	}

	@Test
	void returnsTheConclusionToTheAreaOfficerWhenTheLeaderDoesNotApprove() {
		ProcessInstance tip = triagedAs(Category.PUBLIC_ORDER);
		completeAt(tip, TASK_RESOLVE_COMPLAINT, withVariables("finding", "Đã nhắc nhở"));

		completeAt(tip, TASK_APPROVE_CONCLUSION,
				withVariables(Vars.APPROVED, false, "leaderComment", "Cần lập biên bản cam kết"));

		assertThat(tip).isWaitingAt(TASK_RESOLVE_COMPLAINT);
		completeAt(tip, TASK_RESOLVE_COMPLAINT, withVariables("finding", "Đã lập biên bản cam kết"));
		approve(tip);
		assertThat(tip).isEnded();
	}

	@Test
	void escalatesToTheUnitLeaderWhenTriageIsOverdue() throws Exception {
		ProcessInstance tip = receive(Category.PUBLIC_ORDER, "ORDINARY");

		ClockUtil.setCurrentTime(Date.from(RECEIVED_AT.plus(Duration.ofHours(25))));
		execute(timer(tip, TIMER_TRIAGE_BREACHED));

		verify(delegate(Beans.RECORD_BREACH)).execute(any(DelegateExecution.class));
		assertThat(tip).isWaitingAt(TASK_TRIAGE_TIP, TASK_SUPERVISE_OVERDUE_TIP);
		assertThat(task(tip, TASK_SUPERVISE_OVERDUE_TIP)).hasCandidateGroup("HOAMINH.leaders");
		completeAt(tip, TASK_SUPERVISE_OVERDUE_TIP, withVariables("direction", "Phân loại ngay trong sáng nay"));
		assertThat(tip).hasPassed(END_EVENT_OVERDUE_SUPERVISED).isWaitingAt(TASK_TRIAGE_TIP);
	}

	@Test
	void escalatesToTheLevelAboveWhenTheUnitLeaderDoesNotAct() {
		ProcessInstance tip = receive(Category.PUBLIC_ORDER, "ORDINARY");
		execute(timer(tip, TIMER_TRIAGE_BREACHED));

		execute(timer(tip, TIMER_LEADER_RESPONSE_OVERDUE));

		assertThat(tip).isWaitingAt(TASK_TRIAGE_TIP, TASK_SUPERVISE_OVERDUE_TIP_ABOVE);
		assertThat(taskQuery().processInstanceId(tip.getId()).taskDefinitionKey(TASK_SUPERVISE_OVERDUE_TIP).count())
			.isZero();
		assertThat(task(tip, TASK_SUPERVISE_OVERDUE_TIP_ABOVE)).hasCandidateGroup("CADN.leaders");
	}

	@Test
	void escalatesWhenHandlingIsOverdue() throws Exception {
		ProcessInstance tip = triagedAs(Category.CIVIL_DISPUTE);
		Job breach = timer(tip, TIMER_HANDLING_BREACHED);
		assertThat(breach.getDuedate()).isEqualTo(Date.from(RECEIVED_AT.plus(Duration.ofDays(3))));

		execute(breach);

		assertThat(tip).isWaitingAt(TASK_MEDIATE_DISPUTE, TASK_SUPERVISE_OVERDUE_TIP);
	}

	@Test
	void escalatesWhenTheInvestigatingAgencyDoesNotAcknowledgeInTime() throws Exception {
		ProcessInstance tip = triagedAs(Category.CRIME);
		completeAt(tip, TASK_CHECK_CRIME_REPORT, withVariables("finding", "Có dấu hiệu tội phạm"));
		approve(tip);

		execute(timer(tip, TIMER_ACKNOWLEDGEMENT_OVERDUE));

		assertThat(tip).isWaitingAt(TASK_ACKNOWLEDGE_TRANSFER, TASK_SUPERVISE_OVERDUE_TIP);
		completeAt(tip, TASK_ACKNOWLEDGE_TRANSFER, withVariables("caseNumber", "13/TB-PC02"));
		assertThat(tip).as("closing the tip ends the open escalation too").isEnded();
		ArgumentCaptor<DelegateExecution> breach = ArgumentCaptor.forClass(DelegateExecution.class);
		verify(delegate(Beans.RECORD_BREACH)).execute(breach.capture());
	}

	@Test
	void doesNotEscalateATipHandledInTime() throws Exception {
		ProcessInstance tip = triagedAs(Category.PUBLIC_ORDER);
		completeAt(tip, TASK_RESOLVE_COMPLAINT, withVariables("finding", "Đã xử lý"));
		approve(tip);

		assertThat(tip).isEnded();
		verify(delegate(Beans.RECORD_BREACH), never()).execute(any(DelegateExecution.class));
		assertThat(managementService().createJobQuery().processInstanceId(tip.getId()).count()).isZero();
	}

}
