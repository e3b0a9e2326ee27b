package vn.vidan.request;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * {@code GET /api/requests/{receiptCode}/tasks}: the dossier's open steps as the caller's inbox shows them, so an API
 * client finds its task without Camunda's task query. Another unit's dossier answers exactly as an unknown one.
 */
@PlatformIntegrationTest
class RequestOpenStepsIntegrationTests {

	static final String DESK = "thao.dtk";

	static final String OTHER_WARD = "nhung.pt";

	/** Hòa Minh's area officer: the dossier is in his unit, its completeness check is the desk's. */
	static final String AREA = "tai.vv";

	static final String CHIEF = "dat.lq";

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	ObjectMapper mapper;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	String dossier() {
		return api.fileHoaMinhTamTru(DESK, """
				{"fullName":"Phạm Văn Bước","personalId":"048085000777","phone":"0905246810",
				 "address":"3 Hà Huy Tập, phường Hòa Minh"}""");
	}

	ResponseEntity<String> steps(String user, String code, String language) {
		HttpHeaders headers = new HttpHeaders();
		if (language != null) {
			headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		return api.as(user).exchange("/api/requests/" + code + "/tasks", HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
	}

	JsonNode ok(ResponseEntity<String> response) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
		return mapper.readTree(response.getBody());
	}

	/** The 404 problem without what necessarily differs: the code named and the instance. */
	String notFound(ResponseEntity<String> response, String code) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		ObjectNode body = (ObjectNode) mapper.readTree(response.getBody());
		assertThat(body.get("code").asText()).isEqualTo("request.unknownReceipt");
		body.remove("instance");
		return body.toString().replace(code, "<code>");
	}

	@Test
	void showsTheCompletenessCheckAfterIntakeToThoseWhoSeeItInTheirInbox() throws Exception {
		String code = dossier();

		JsonNode steps = ok(steps(DESK, code, null));

		Task check = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
		assertThat(steps).hasSize(1);
		JsonNode step = steps.get(0);
		assertThat(step.get("id").asText()).isEqualTo(check.getId());
		assertThat(step.get("taskDefinitionKey").asText()).isEqualTo(ResidentRequestProcess.TASK_CHECK_COMPLETENESS);
		assertThat(step.get("name").asText()).isEqualTo(check.getName());
		assertThat(step.has("assignee")).as("waiting to be claimed").isFalse();
		assertThat(step.get("due").asText()).isNotBlank();
		assertThat(step.get("created").asText()).isNotBlank();
		assertThat(ok(steps(CHIEF, code, null))).as("the chief, who leads the desk").hasSize(1);
		assertThat(ok(steps(AREA, code, null))).as("the area officer: not his step").isEmpty();
	}

	@Test
	void answersAnotherCommunesOfficerAsForAnUnknownReceiptCode() throws Exception {
		String code = dossier();
		String unknown = "HOAMINH-200101-9999";

		assertThat(notFound(steps(OTHER_WARD, code, null), code))
			.isEqualTo(notFound(steps(OTHER_WARD, unknown, null), unknown))
			.isEqualTo(notFound(steps(DESK, unknown, null), unknown))
			.contains("Không tìm thấy hồ sơ");
		assertThat(notFound(steps(OTHER_WARD, code, "en"), code)).contains("Unknown receipt code");
	}

	@Test
	void listsTheNextStepOnceOneIsDone() throws Exception {
		String code = dossier();
		String check = ok(steps(DESK, code, null)).get(0).get("id").asText();

		ResponseEntity<String> done = api.as(DESK).postForEntity("/engine-rest/task/" + check + "/complete",
				json("{\"variables\":{" + VidanApi.bool(Vars.DOSSIER_COMPLETE, true) + "}}"), String.class);
		assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		JsonNode steps = ok(steps(DESK, code, null));
		assertThat(steps).hasSize(1);
		assertThat(steps.get(0).get("taskDefinitionKey").asText()).isEqualTo(ResidentRequestProcess.TASK_VERIFY_DOSSIER);
		assertThat(steps.get(0).get("id").asText()).isNotEqualTo(check);
	}

	@Test
	void isDescribedInTheApiDocs() throws Exception {
		JsonNode docs = mapper.readTree(http.getForObject("/v3/api-docs", String.class));

		JsonNode get = docs.path("paths").path("/api/requests/{receiptCode}/tasks").path("get");
		assertThat(get.path("summary").asText()).isNotBlank();
		assertThat(get.path("responses").has("200")).isTrue();
		assertThat(get.path("responses").path("404").path("content").has(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.as(get.toString())
			.isTrue();
	}

}
