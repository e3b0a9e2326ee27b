package vn.vidan.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

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

}
