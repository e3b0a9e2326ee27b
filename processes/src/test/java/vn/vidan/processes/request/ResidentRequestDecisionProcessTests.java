package vn.vidan.processes.request;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vidan.processes.ProcessTestEngine;
import vn.vidan.processes.request.ResidentRequestProcess.Beans;
import vn.vidan.processes.request.ResidentRequestProcess.Decision;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/** The deciding unit's side of a transferred dossier. */
@Deployment(resources = { ResidentRequestProcess.DECISION_RESOURCE, "vidan/forms/resident-request.decide.form" })
class ResidentRequestDecisionProcessTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessTestEngine.extension();

	interface Routing {

		List<String> groups(String unitCode, String role);

	}

	interface ResidentRequests {

		Date higherLevelDueAt(String receiptCode);

	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void routesTheTransferredDossierToTheDecidingRoleAboveTheCommuneAndReturnsTheDecision() throws Exception {
		Routing routing = mock(Routing.class);
		when(routing.groups("DAKNIA", "IDENTITY_CARD_AUTHORITY")).thenReturn(List.of("CADNO-PC06"));
		ResidentRequests requests = mock(ResidentRequests.class);
		Date due = Date.from(Instant.parse("2026-03-16T10:00:00Z"));
		when(requests.higherLevelDueAt("DAKNIA-260305-0002")).thenReturn(due);
		JavaDelegate returnDecision = mock(JavaDelegate.class);
		Mocks.register(Beans.ROUTING, routing);
		Mocks.register(Beans.RESIDENT_REQUESTS, requests);
		Mocks.register(Beans.RETURN_DECISION, returnDecision);
		Mocks.register(Beans.CHECK_ANSWERS, mock(TaskListener.class));

		ProcessInstance decision = runtimeService()
			.createMessageCorrelation(ResidentRequestProcess.MESSAGE_DOSSIER_TRANSFERRED)
			.processInstanceBusinessKey("DAKNIA-260305-0002")
			.setVariable(Vars.UNIT_CODE, "DAKNIA")
			.setVariable(Vars.DECIDING_ROLE, "IDENTITY_CARD_AUTHORITY")
			.correlateStartMessage();

		assertThat(decision).isWaitingAt(ResidentRequestProcess.TASK_DECIDE_TRANSFERRED_REQUEST);
		assertThat(task(decision)).hasCandidateGroup("CADNO-PC06").hasDueDate(due);
		complete(task(decision), withVariables(Vars.DECISION, Decision.APPROVE));

		assertThat(decision).hasPassed(ResidentRequestProcess.END_EVENT_DECISION_RETURNED).isEnded();
		verify(returnDecision).execute(any(DelegateExecution.class));
	}

}
