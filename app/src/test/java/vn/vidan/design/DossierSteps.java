package vn.vidan.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.request.Applicant;
import vn.vidan.request.Channel;
import vn.vidan.request.Intake;
import vn.vidan.request.RequestIntake;

/**
 * Moves many dossiers to the step a designer test needs through the services (the intake and the engine, as the
 * officers), without an HTTP call and its password check per step.
 */
final class DossierSteps {

	static final String DESK = "thao.dtk";

	static final String VERIFIER = "dung.vd";

	static final String CHIEF = "dat.lq";

	private final RequestIntake intake;

	private final TaskService tasks;

	private final IdentityService identity;

	DossierSteps(RequestIntake intake, TaskService tasks, IdentityService identity) {
		this.intake = intake;
		this.tasks = tasks;
		this.identity = identity;
	}

	/** Temporary-residence dossiers received at Hòa Minh's desk, as the desk officer. */
	List<String> receive(int count) {
		List<String> codes = new ArrayList<>();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(DESK, null, "ROLE_OFFICER"));
		try {
			for (int i = 0; i < count; i++) {
				codes.add(intake.receive(new Intake("TAM_TRU", Channel.DESK, "HOAMINH",
						new Applicant("Trần Văn Bình", "048085000321", "0905111222",
								"12 Lê Lợi, Tổ dân phố 2, phường Hòa Minh", null),
						List.of(new Intake.Document("CT01", null, null, null),
								new Intake.Document("CHO_O_HOP_PHAP", null, null, null))),
						DESK).getReceiptCode());
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return codes;
	}

	/** Completes the dossier's one open task, which must be {@code taskKey}, as the officer with these answers. */
	void complete(String officer, String code, String taskKey, Map<String, Object> answers) {
		Task task = openTask(code);
		assertThat(task.getTaskDefinitionKey()).as(code).isEqualTo(taskKey);
		identity.setAuthentication(officer,
				identity.createGroupQuery().groupMember(officer).list().stream().map(Group::getId).toList());
		try {
			tasks.complete(task.getId(), new HashMap<>(answers));
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Dossiers taken from intake to their close, through the on-site check or not. */
	List<String> closed(int count, boolean onSite) {
		List<String> codes = new ArrayList<>();
		for (String code : receive(count)) {
			complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
					Map.of(Vars.DOSSIER_COMPLETE, true));
			complete(VERIFIER, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
					Map.of(Vars.FIELD_CHECK_NEEDED, onSite));
			if (onSite) {
				complete(VERIFIER, code, ResidentRequestProcess.TASK_CHECK_ON_SITE,
						Map.of("siteConfirmed", true));
			}
			complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
					Map.of(Vars.DECISION, "APPROVE"));
			complete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
					Map.of(Vars.HAND_OVER_METHOD, "DESK"));
			assertThat(openTask(code)).as(code + " is closed").isNull();
			codes.add(code);
		}
		return codes;
	}

	Task openTask(String code) {
		return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
	}


	/** The designer's edit: the on-site check removed, its incoming flow leading straight to the deciding level. */
	static byte[] withoutOnSiteCheck(byte[] shipped) {
		String model = new String(shipped, StandardCharsets.UTF_8)
			.replaceAll("(?s)<bpmn:userTask id=\"Task_CheckOnSite\".*?</bpmn:userTask>\\s*", "")
			.replaceAll("<bpmn:sequenceFlow id=\"Flow_FieldCheckFinished\"[^>]*/>\\s*", "")
			.replace("targetRef=\"Task_CheckOnSite\"", "targetRef=\"Gateway_DecidingLevel\"")
			.replace("<bpmn:incoming>Flow_FieldCheckFinished</bpmn:incoming>", "")
			.replace("<bpmn:incoming>Flow_ToGatewayDecidingLevel</bpmn:incoming>",
					"<bpmn:incoming>Flow_ToGatewayDecidingLevel</bpmn:incoming><bpmn:incoming>Flow_FieldCheckNeeded</bpmn:incoming>")
			.replaceAll("(?s)<bpmndi:BPMNShape id=\"[^\"]*\" bpmnElement=\"Task_CheckOnSite\".*?</bpmndi:BPMNShape>\\s*", "")
			.replaceAll("(?s)<bpmndi:BPMNEdge id=\"[^\"]*\" bpmnElement=\"Flow_FieldCheckFinished\".*?</bpmndi:BPMNEdge>\\s*",
					"");
		assertThat(model).doesNotContain("Task_CheckOnSite", "Flow_FieldCheckFinished");
		return model.getBytes(StandardCharsets.UTF_8);
	}

	/** The job executor is off in tests: runs a batch's seed, execution and monitor jobs as it would. */
	static void runBatch(ManagementService management, String batchId) {
		Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
		for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
				batch.getMonitorJobDefinitionId())) {
			List<Job> jobs;
			while (!(jobs = management.createJobQuery().jobDefinitionId(definition).list()).isEmpty()) {
				jobs.forEach(job -> management.executeJob(job.getId()));
				if (definition.equals(batch.getMonitorJobDefinitionId())) {
					break; // it runs once more after the last execution job, then the batch is done
				}
			}
		}
	}

}
