package vn.vidan.design;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.bool;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * A designer deploys from Camunda Modeler: the same multipart {@code POST /engine-rest/deployment/create} Modeler makes,
 * with only the edited BPMN. The new version ships with every form it names, so a new dossier shows each step's form
 * in Tasklist (the engine's deployed form) and on the workspace's task page. A faulty model is refused with every
 * problem listed, and an officer may not deploy at all.
 */
@PlatformIntegrationTest
class ModelerDeploymentIntegrationTests {

	static final String DESIGNER = "designer";

	static final String DESK = DossierSteps.DESK;

	static final String VERIFIER = DossierSteps.VERIFIER;

	static final String CHIEF = DossierSteps.CHIEF;

	@Autowired
	TestRestTemplate http;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	@Test
	void aModelerDeploymentOfOneEditedModelShipsEveryFormItNames() throws Exception {
		byte[] edited = shipped("vidan/processes/request/resident-request.bpmn")
			.replaceFirst("(<bpmn:userTask id=\"Task_VerifyDossier\"[^>]*>)",
					"$1<bpmn:documentation>Sửa trong Camunda Modeler: ghi rõ căn cứ thẩm định.</bpmn:documentation>")
			.getBytes(StandardCharsets.UTF_8);

		ResponseEntity<JsonNode> deployed = deploy(DESIGNER, "resident-request.bpmn", edited);

		assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
		String deploymentId = deployed.getBody().get("id").asText();
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.processDefinitionKey(ResidentRequestProcess.PROCESS_KEY)
			.latestVersion()
			.singleResult();
		assertThat(definition.getDeploymentId()).isEqualTo(deploymentId);
		assertThat(deployed.getBody().get("deployedProcessDefinitions").has(definition.getId())).isTrue();
		List<String> resources = repository.getDeploymentResourceNames(deploymentId);
		for (String formRef : formRefs(definition)) {
			assertThat(resources).as("the deployment carries form " + formRef).contains("forms/" + formRef + ".form");
		}

		String code = receive();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult()
			.getProcessDefinitionId()).isEqualTo(definition.getId());
		showsItsForm(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS, "resident-request.check-completeness");
		api.complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS, bool(Vars.DOSSIER_COMPLETE, true));
		showsItsForm(VERIFIER, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER, "resident-request.verify");
		api.complete(VERIFIER, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER, bool(Vars.FIELD_CHECK_NEEDED, false));
		showsItsForm(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, "resident-request.decide");
		api.complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, text(Vars.DECISION, "APPROVE"));
		showsItsForm(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT, "resident-request.hand-over");
	}

	@Test
	void refusesAFaultyModelWithEveryProblemListedAndDeploysNothing() throws Exception {
		long before = repository.createDeploymentQuery().count();

		ResponseEntity<JsonNode> refused = deploy(DESIGNER, "faulty-request.bpmn", resource("/design/faulty-request.bpmn"));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode body = refused.getBody();
		assertThat(body.get("type").asText()).isEqualTo("ParseException");
		assertThat(body.get("message").asText()).startsWith("Chưa triển khai: mô hình có 9 lỗi");
		JsonNode errors = body.get("details").get("faulty-request.bpmn").get("errors");
		List<String> found = new ArrayList<>();
		errors.forEach(error -> found.add(error.get("mainElementId").asText() + " " + error.get("rule").asText()));
		assertThat(found).containsExactlyInAnyOrder("FaultyRequestProcess historyTimeToLive",
				"Task_CheckWithoutRules dueDateMissing", "Task_CheckWithoutRules candidateRuleMissing",
				"Task_CheckWithoutRules formMissing", "ServiceTask_JavaClass classNotAllowed",
				"ScriptTask_Inline scriptNotAllowed", "Timer_WithoutTime timerWithoutTime",
				"ReceiveTask_AwaitNobody messageNotCorrelated", "ReceiveTask_AwaitNobody diagramMissing");
		assertThat(errors.findValuesAsText("message")).contains(
				"Biểu mẫu 'resident-request.no-such-form' không có trong bản triển khai, cũng không có trong bộ biểu mẫu của Vidan.",
				"Bộ hẹn giờ chưa có thời điểm (Date), khoảng thời gian (Duration) hay chu kỳ (Cycle).");
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void wordsTheProblemsInEnglishWhenAsked() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

		ResponseEntity<JsonNode> refused = deploy(DESIGNER, "faulty-request.bpmn", resource("/design/faulty-request.bpmn"),
				headers);

		assertThat(refused.getBody().get("message").asText()).startsWith("Not deployed: the model has 9 problems");
		assertThat(refused.getBody().findValuesAsText("message"))
			.contains("No Vidan code sends message 'Message_NobodySendsThis', so a case would wait here for ever.");
	}

	@Test
	void anOfficerMayNotDeploy() throws Exception {
		long before = repository.createDeploymentQuery().count();

		ResponseEntity<JsonNode> refused = deploy(DESK, "resident-request.bpmn",
				shipped("vidan/processes/request/resident-request.bpmn").getBytes(StandardCharsets.UTF_8));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	/** Tasklist's form ({@code deployed-form}) and the workspace's task page both show the step's Camunda Form. */
	private void showsItsForm(String officer, String code, String taskKey, String formId) {
		JsonNode tasks = api.as(officer).getForObject("/engine-rest/task?processInstanceBusinessKey=" + code
				+ "&taskDefinitionKey=" + taskKey, JsonNode.class);
		assertThat(tasks).hasSize(1);
		String taskId = tasks.get(0).get("id").asText();
		ResponseEntity<JsonNode> form = api.as(officer).getForEntity("/engine-rest/task/" + taskId + "/deployed-form",
				JsonNode.class);
		assertThat(form.getStatusCode()).as(taskKey).isEqualTo(HttpStatus.OK);
		assertThat(form.getBody().path("id").asText()).as(String.valueOf(form.getBody())).isEqualTo(formId);
		ResponseEntity<String> page = api.as(officer).getForEntity("/tasks/" + taskId, String.class);
		assertThat(page.getStatusCode()).as(taskKey).isEqualTo(HttpStatus.OK);
		String firstField = form.getBody().get("components").findValuesAsText("key").get(0);
		assertThat(page.getBody()).as(taskKey).contains("name=\"" + firstField + "\"");
	}

	private String receive() {
		ResponseEntity<JsonNode> receipt = api.as(DESK).postForEntity("/api/requests", json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Trần Văn Bình","personalId":"048085000321","phone":"0905111222",
				              "address":"12 Lê Lợi, Tổ dân phố 2, phường Hòa Minh"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}"""), JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	private List<String> formRefs(ProcessDefinition definition) {
		BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
		return model.getModelElementsByType(UserTask.class)
			.stream()
			.map(UserTask::getCamundaFormRef)
			.filter(ref -> ref != null)
			.distinct()
			.toList();
	}

	/** Modeler's call: deployment name, source, changed-only flag, and the diagram as a file part. */
	private ResponseEntity<JsonNode> deploy(String user, String fileName, byte[] bpmn) {
		return deploy(user, fileName, bpmn, new HttpHeaders());
	}

	private ResponseEntity<JsonNode> deploy(String user, String fileName, byte[] bpmn, HttpHeaders headers) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", "resident-request");
		parts.add("deployment-source", "Camunda Modeler");
		parts.add("deploy-changed-only", "true");
		parts.add(fileName, new ByteArrayResource(bpmn) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return api.as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers),
				JsonNode.class);
	}

	private static String shipped(String path) throws IOException {
		try (InputStream in = ModelerDeploymentIntegrationTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = ModelerDeploymentIntegrationTests.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}

}
