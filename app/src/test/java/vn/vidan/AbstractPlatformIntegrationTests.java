package vn.vidan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;

/**
 * The platform end to end through HTTP: sign-in, the directory API, Camunda's REST API and Tasklist API acting as the
 * signed-in officer, and a deployed process routed by the directory. Each subclass runs it on one database.
 */
abstract class AbstractPlatformIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	/** Thảo, desk officer of Hòa Minh ward. */
	static final String HOA_MINH_DESK = "thao.dtk";

	/** Đạt, chief of Hòa Minh ward police. */
	static final String HOA_MINH_CHIEF = "dat.lq";

	/** Nhung, desk officer of Hòa An ward. */
	static final String HOA_AN_DESK = "nhung.pt";

	TestRestTemplate as(String username) {
		return http.withBasicAuth(username, "admin".equals(username) ? "admin" : "demo");
	}

	@Test
	void healthIsUpWithoutSignIn() {
		ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);

		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
	}

	@Test
	void engineRestAndDirectoryRefuseAnonymousCallers() {
		for (String path : List.of("/engine-rest/engine", "/api/org/units", "/engine-rest/task", "/api/org/routing?unit=HOAMINH&role=UNIT_LEADER")) {
			ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);

			assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(path).isTrue();
			assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
		}
	}

	@Test
	void refusesAWrongPassword() {
		ResponseEntity<String> response = http.withBasicAuth("admin", "wrong").getForEntity("/api/org/units",
				String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void adminReachesEngineRestAndDirectory() {
		assertThat(as("admin").getForEntity("/engine-rest/engine", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(as("admin").getForEntity("/api/org/units", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void adminSeesEverythingInTheEngine() {
		JsonNode definitions = as("admin").getForObject("/engine-rest/process-definition?key="
				+ ResidentRequestProcess.PROCESS_KEY, JsonNode.class);

		assertThat(definitions).isNotEmpty();
		assertThat(as("admin").getForObject("/engine-rest/filter/count", JsonNode.class).get("count").asInt())
			.isGreaterThan(20);
	}

	@Test
	void listsUnitsOfBothBranchesWithVietnameseNames() {
		JsonNode units = as(HOA_MINH_DESK).getForObject("/api/org/units", JsonNode.class);

		assertThat(unit(units, "HOAMINH").get("name").asText()).isEqualTo("Công an phường Hòa Minh");
		assertThat(unit(units, "HOAMINH").get("level").asText()).isEqualTo("COMMUNE");
		assertThat(unit(units, "HOAMINH").get("parentCode").asText()).isEqualTo("CADN");
		assertThat(unit(units, "DAKNIA").get("name").asText()).isEqualTo("Công an xã Đắk Nia");
		assertThat(unit(units, "DAKNIA").get("parentCode").asText()).isEqualTo("GIANGHIA");
		assertThat(unit(units, "GIANGHIA").get("level").asText()).isEqualTo("DISTRICT");
		assertThat(unit(units, "CADNO-PX01").get("level").asText()).isEqualTo("DEPARTMENT");
		assertThat(unit(units, "CADNO").has("parentCode")).isFalse();
		long communes = 0;
		for (JsonNode unit : units) {
			communes += "COMMUNE".equals(unit.get("level").asText()) ? 1 : 0;
		}
		assertThat(communes).isGreaterThanOrEqualTo(8);
	}

	@Test
	void listsThePeopleOfAUnitWithRanksAndAreas() {
		JsonNode people = as(HOA_MINH_DESK).getForObject("/api/org/units/HOAMINH/people", JsonNode.class);

		JsonNode chief = people.get("officers").get(0);
		assertThat(chief.get("username").asText()).isEqualTo(HOA_MINH_CHIEF);
		assertThat(chief.get("position").asText()).isEqualTo("CHIEF");
		assertThat(chief.get("rankLabel").asText()).isEqualTo("Trung tá");
		assertThat(people.get("officers").findValues("areas").toString()).contains("Tổ dân phố 12");
		assertThat(people.get("communeLeaders").findValuesAsText("title"))
			.containsExactlyInAnyOrder("Bí thư Đảng ủy phường Hòa Minh", "Chủ tịch UBND phường Hòa Minh");
	}

	@Test
	void routesByTheApiTheWayBpmnDoes() {
		JsonNode candidates = as(HOA_MINH_DESK).getForObject("/api/org/routing?unit=EAPO&role=DUTY_OFFICER",
				JsonNode.class);

		assertThat(candidates.get("groups").get(0).asText()).isEqualTo("CUJUT.duty");
	}

	@Test
	void officerSeesTheirUnitsTasklistFilterAndNoOtherUnits() {
		List<String> names = new ArrayList<>();
		as(HOA_MINH_DESK).getForObject("/camunda/api/engine/engine/default/filter?resourceType=Task", JsonNode.class)
			.forEach(filter -> names.add(filter.get("name").asText()));

		assertThat(names).contains("Việc của Công an phường Hòa Minh", "Việc của tôi", "Việc chờ nhận")
			.doesNotContain("Việc của Công an phường Hòa An", "Việc của Công an xã Đắk Nia");
	}

	@Test
	void intakeRoutesTheDossierToTheWardDeskThenToItsOfficers() {
		ResponseEntity<JsonNode> receipt = as(HOA_MINH_DESK).postForEntity("/api/requests", json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Trần Văn Bình","personalId":"048085000321","phone":"0905000111",
				              "address":"Tổ dân phố 2, phường Hòa Minh"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}"""), JsonNode.class);
		assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ProcessInstance request = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(receipt.getBody().get("receiptCode").asText())
			.singleResult();

		JsonNode deskTask = onlyTask(HOA_MINH_DESK, request);
		assertThat(deskTask.get("taskDefinitionKey").asText()).isEqualTo(ResidentRequestProcess.TASK_CHECK_COMPLETENESS);
		assertThat(deskTask.get("name").asText()).isEqualTo("Kiểm tra tính đầy đủ của hồ sơ");
		assertThat(tasksOf(HOA_AN_DESK, request)).as("another ward's desk sees nothing").isEmpty();
		assertThat(tasksOf(HOA_MINH_CHIEF, request)).as("the chief is not at the desk").isEmpty();

		ResponseEntity<String> completed = as(HOA_MINH_DESK).exchange(
				"/engine-rest/task/" + deskTask.get("id").asText() + "/complete", HttpMethod.POST,
				json("{\"variables\":{\"" + Vars.DOSSIER_COMPLETE + "\":{\"value\":true,\"type\":\"Boolean\"}}}"),
				String.class);
		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode verifyTask = onlyTask(HOA_MINH_CHIEF, request);
		assertThat(verifyTask.get("taskDefinitionKey").asText()).isEqualTo(ResidentRequestProcess.TASK_VERIFY_DOSSIER);
		assertThat(tasksOf(HOA_AN_DESK, request)).isEmpty();
	}

	private JsonNode onlyTask(String username, ProcessInstance instance) {
		JsonNode tasks = tasksOf(username, instance);
		assertThat(tasks).as("tasks of %s", username).hasSize(1);
		return tasks.get(0);
	}

	private JsonNode tasksOf(String username, ProcessInstance instance) {
		return as(username).getForObject("/engine-rest/task?processInstanceId=" + instance.getId(), JsonNode.class);
	}

	static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	static JsonNode unit(JsonNode units, String code) {
		for (JsonNode unit : units) {
			if (code.equals(unit.get("code").asText())) {
				return unit;
			}
		}
		throw new AssertionError("No unit " + code + " in " + units);
	}

}
