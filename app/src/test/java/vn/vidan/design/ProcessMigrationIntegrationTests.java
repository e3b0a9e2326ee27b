package vn.vidan.design;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vidan.process.ProcessResources;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.request.RequestIntake;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * A designer removes the on-site check from the resident-request process, deploys the new version from Modeler and
 * migrates the 200 dossiers running at different steps: the dry run lists the one dossier sitting in the removed step
 * and why, the batch moves the other 199, and their tasks, due dates, deadline timers and case data are as before.
 */
@PlatformIntegrationTest
class ProcessMigrationIntegrationTests {

	static final String DESIGNER = "designer";

	static final String DESK = DossierSteps.DESK;

	static final String VERIFIER = DossierSteps.VERIFIER;

	static final String CHIEF = DossierSteps.CHIEF;

	@Autowired
	TestRestTemplate http;

	@Autowired
	RequestIntake intake;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	ManagementService management;

	@Autowired
	ProcessResources shipped;

	@AfterEach
	void restoreTheShippedVersionAsTheLatest() {
		// Later test classes in this JVM start dossiers on the latest version: give them the full model again.
		DeploymentBuilder restore = repository.createDeployment().name("restore-after-migration-test");
		shipped.all().forEach((name, bytes) -> {
			if (name.equals("processes/request/resident-request.bpmn") || name.startsWith("forms/resident-request")) {
				restore.addInputStream(name, new ByteArrayInputStream(bytes));
			}
		});
		restore.deploy();
	}

	DossierSteps steps;

	@BeforeEach
	void steps() {
		steps = new DossierSteps(intake, tasks, identity);
	}

	@Test
	void migratesTwoHundredDossiersAndListsTheOneInARemovedStep() throws Exception {
		VidanApi api = new VidanApi(http);
		ProcessDefinition running = latest();
		List<String> atCompleteness = steps.receive(50);
		List<String> atVerify = steps.receive(50);
		atVerify.forEach(code -> steps.complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				Map.of(Vars.DOSSIER_COMPLETE, true)));
		List<String> atOnSite = steps.receive(1);
		List<String> atDecide = steps.receive(60);
		List<String> atHandOver = steps.receive(39);
		for (String code : concat(atOnSite, atDecide, atHandOver)) {
			steps.complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS, Map.of(Vars.DOSSIER_COMPLETE, true));
			steps.complete(VERIFIER, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
					Map.of(Vars.FIELD_CHECK_NEEDED, atOnSite.contains(code)));
		}
		atHandOver.forEach(code -> steps.complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				Map.of(Vars.DECISION, "APPROVE")));
		List<String> all = concat(atCompleteness, atVerify, atOnSite, atDecide, atHandOver);
		assertThat(all).hasSize(200).allMatch(code -> definitionOf(code).equals(running.getId()));
		Map<String, String> before = all.stream().collect(Collectors.toMap(code -> code, this::snapshot));

		ResponseEntity<JsonNode> deployed = deployFromModeler(api,
				DossierSteps.withoutOnSiteCheck(shipped.all().get("processes/request/resident-request.bpmn")));
		assertThat(deployed.getStatusCode()).as(String.valueOf(deployed.getBody())).isEqualTo(HttpStatus.OK);
		ProcessDefinition next = latest();
		assertThat(next.getVersion()).isGreaterThan(running.getVersion());
		String plan = """
				{"sourceDefinitionId":"%s","targetDefinitionId":"%s"}""".formatted(running.getId(), next.getId());

		JsonNode dryRun = api.as(DESIGNER).postForObject("/api/design/migrations/dry-run", json(plan), JsonNode.class);

		List<String> blocked = dryRun.get("blocked").findValuesAsText("businessKey");
		assertThat(blocked).contains(atOnSite.get(0)).doesNotContainAnyElementsOf(
				concat(atCompleteness, atVerify, atDecide, atHandOver));
		JsonNode onSite = dryRun.get("blocked").get(blocked.indexOf(atOnSite.get(0)));
		assertThat(onSite.get("activityId").asText()).isEqualTo(ResidentRequestProcess.TASK_CHECK_ON_SITE);
		assertThat(onSite.get("activityName").asText()).isEqualTo("Xác minh thực tế tại địa bàn");
		assertThat(dryRun.get("migratable").asInt()).isGreaterThanOrEqualTo(199);
		assertThat(all).allMatch(code -> definitionOf(code).equals(running.getId())); // the dry run changed nothing

		ResponseEntity<JsonNode> started = api.as(DESIGNER).postForEntity("/api/design/migrations", json(plan),
				JsonNode.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(started.getBody().get("skipped").findValuesAsText("businessKey")).contains(atOnSite.get(0));
		String batchId = started.getBody().get("batchId").asText();
		DossierSteps.runBatch(management, batchId);

		JsonNode progress = api.as(DESIGNER).getForObject("/api/design/migrations/" + batchId, JsonNode.class);
		assertThat(progress.get("finished").asBoolean()).as(progress.toString()).isTrue();
		assertThat(progress.get("failures")).isEmpty();
		for (String code : all) {
			String expectedDefinition = atOnSite.contains(code) ? running.getId() : next.getId();
			assertThat(definitionOf(code)).as(code).isEqualTo(expectedDefinition);
			assertThat(snapshot(code)).as(code).isEqualTo(before.get(code));
		}
		// A migrated dossier goes on in the new version: the decision leads to the hand-over as before.
		steps.complete(CHIEF, atDecide.get(0), ResidentRequestProcess.TASK_DECIDE_REQUEST, Map.of(Vars.DECISION, "APPROVE"));
		assertThat(steps.openTask(atDecide.get(0)).getTaskDefinitionKey())
			.isEqualTo(ResidentRequestProcess.TASK_HAND_OVER_RESULT);
	}

	@Test
	void anOfficerSeesNoVersionsAndMigratesNothing() {
		VidanApi api = new VidanApi(http);

		assertThat(api.as(DESK).getForEntity("/api/design/processes", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.as(DESK)
			.postForEntity("/api/design/migrations", json("{\"sourceDefinitionId\":\"a\",\"targetDefinitionId\":\"b\"}"),
					String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		JsonNode processes = api.as(DESIGNER).getForObject("/api/design/processes", JsonNode.class);
		assertThat(processes.findValuesAsText("key")).contains(ResidentRequestProcess.PROCESS_KEY);
	}

	/** What must not change for a dossier: its open task, its due date, its timers' due dates, its case data. */
	private String snapshot(String code) {
		Task task = steps.openTask(code);
		String processInstanceId = task.getProcessInstanceId();
		List<String> timers = new ArrayList<>();
		for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
			timers.add(job.getDuedate().toInstant().toString());
		}
		timers.sort(null);
		Map<String, Object> dossier = jdbc.queryForMap("SELECT * FROM req_request WHERE receipt_code = ?", code);
		return task.getTaskDefinitionKey() + " due " + instant(task.getDueDate()) + " candidates "
				+ tasks.getIdentityLinksForTask(task.getId())
					.stream()
					.map(link -> link.getGroupId() + "/" + link.getUserId())
					.sorted()
					.toList()
				+ " timers " + timers + " dossier " + new java.util.TreeMap<>(dossier);
	}

	private static String instant(Date date) {
		return date == null ? "none" : date.toInstant().toString();
	}

	private String definitionOf(String code) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.singleResult()
			.getProcessDefinitionId();
	}

	private ProcessDefinition latest() {
		return repository.createProcessDefinitionQuery()
			.processDefinitionKey(ResidentRequestProcess.PROCESS_KEY)
			.latestVersion()
			.singleResult();
	}

	private static ResponseEntity<JsonNode> deployFromModeler(VidanApi api, byte[] bpmn) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("deployment-name", "resident-request");
		parts.add("deployment-source", "Camunda Modeler");
		parts.add("deploy-changed-only", "true");
		parts.add("resident-request.bpmn", new ByteArrayResource(bpmn) {
			@Override
			public String getFilename() {
				return "resident-request.bpmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return api.as(DESIGNER).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers),
				JsonNode.class);
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		List<String> all = new ArrayList<>();
		for (List<String> list : lists) {
			all.addAll(list);
		}
		return all;
	}

}
