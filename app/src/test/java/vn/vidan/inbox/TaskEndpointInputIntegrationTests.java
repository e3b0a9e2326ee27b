package vn.vidan.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Camunda's task assignment endpoints (claim, assignee, delegate, identity links, update) answer bad input with a 4xx
 * problem that names no Java class and changes nothing, where the engine's REST API answered 500 (findings of the API
 * fuzzer, issue 11): an unknown task, a body that is null or not an object, a value too long for the engine's columns.
 */
@PlatformIntegrationTest
class TaskEndpointInputIntegrationTests {

	private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	VidanApi api;

	Task task;

	@BeforeEach
	void openDossier() {
		api = new VidanApi(http);
		ResponseEntity<JsonNode> receipt = api.as("thao.dtk").postForEntity("/api/requests", VidanApi.json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Trần Văn Bình","personalId":"048190000124","phone":"0905123457",
				              "address":"Tổ dân phố 2"},
				 "documents":[{"code":"CT01","fileName":"ct01.pdf"},{"code":"CHO_O_HOP_PHAP","fileName":"hd.pdf"}]}"""),
				JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		task = tasks.createTaskQuery()
			.processInstanceBusinessKey(receipt.getBody().get("receiptCode").asText())
			.singleResult();
	}

	private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return api.as(user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	private static void assertProblem(ResponseEntity<String> answer, HttpStatus status) {
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as(answer.getBody())
			.isTrue();
		assertThat(answer.getBody()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+").doesNotContain("Exception");
	}

	@Test
	void answersNotFoundForAnUnknownTask() {
		String task = "/engine-rest/task/" + UNKNOWN;
		assertProblem(send("thao.dtk", HttpMethod.POST, task + "/claim", "{\"userId\":\"thao.dtk\"}"), HttpStatus.NOT_FOUND);
		assertProblem(send("admin", HttpMethod.POST, task + "/assignee", "{\"userId\":\"mai.ltn\"}"), HttpStatus.NOT_FOUND);
		assertProblem(send("admin", HttpMethod.POST, task + "/delegate", "{\"userId\":\"mai.ltn\"}"), HttpStatus.NOT_FOUND);
		assertProblem(send("admin", HttpMethod.POST, task + "/identity-links",
				"{\"userId\":\"mai.ltn\",\"type\":\"candidate\"}"), HttpStatus.NOT_FOUND);
		assertProblem(send("admin", HttpMethod.PUT, task, "{\"name\":\"Kiểm tra\"}"), HttpStatus.NOT_FOUND);
		assertProblem(send("admin", HttpMethod.POST, "/engine-rest/task/" + "9".repeat(300) + "/claim",
				"{\"userId\":\"thao.dtk\"}"), HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesABodyTheEngineCannotRead() {
		String path = "/engine-rest/task/" + task.getId();
		for (String body : new String[] { "null", "[]", "\"thao.dtk\"", "{\"userId\":{}}", "{\"userId\":[1]}" }) {
			assertProblem(send("thao.dtk", HttpMethod.POST, path + "/claim", body), HttpStatus.BAD_REQUEST);
			assertProblem(send("admin", HttpMethod.POST, path + "/delegate", body), HttpStatus.BAD_REQUEST);
			assertProblem(send("admin", HttpMethod.POST, path + "/assignee", body), HttpStatus.BAD_REQUEST);
			assertProblem(send("admin", HttpMethod.POST, path + "/identity-links", body), HttpStatus.BAD_REQUEST);
		}
		assertProblem(send("admin", HttpMethod.PUT, path, "null"), HttpStatus.BAD_REQUEST);
		assertProblem(send("admin", HttpMethod.PUT, path, "{\"priority\":{}}"), HttpStatus.BAD_REQUEST);
		assertProblem(send("admin", HttpMethod.PUT, path, "[" .repeat(5000) + "]".repeat(5000)), HttpStatus.BAD_REQUEST);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void refusesValuesTooLongForTheEngine() {
		String path = "/engine-rest/task/" + task.getId();
		assertProblem(send("admin", HttpMethod.POST, path + "/identity-links",
				"{\"userId\":\"mai.ltn\",\"type\":\"" + "x".repeat(300) + "\"}"), HttpStatus.BAD_REQUEST);
		assertProblem(send("admin", HttpMethod.PUT, path, "{\"name\":\"" + "Đ".repeat(300) + "\"}"),
				HttpStatus.BAD_REQUEST);
		assertThat(tasks.getIdentityLinksForTask(task.getId())).noneMatch(link -> "mai.ltn".equals(link.getUserId()));
	}

	/** An identity link without a type was stored, and every later claim, update or completion of the task was a 500. */
	@Test
	void refusesAnIdentityLinkWithoutATypeSoTheTaskStaysUsable() {
		String path = "/engine-rest/task/" + task.getId();
		for (String link : new String[] { "{\"userId\":\"mai.ltn\"}", "{\"groupId\":\"HOAMINH.desk\",\"type\":null}",
				"{\"userId\":\"mai.ltn\",\"type\":\" \"}" }) {
			assertProblem(send("admin", HttpMethod.POST, path + "/identity-links", link), HttpStatus.BAD_REQUEST);
		}

		ResponseEntity<String> claimed = send("thao.dtk", HttpMethod.POST, path + "/claim", "{\"userId\":\"thao.dtk\"}");
		assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/** Camunda reads the first of two equal keys, Jackson's tree the last: a duplicate key is refused outright. */
	@Test
	void refusesADuplicateKey() {
		assertProblem(send("admin", HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/assignee",
				"{\"userId\":[],\"userId\":\"mai.ltn\"}"), HttpStatus.BAD_REQUEST);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
	}

	/** The refusal of an assignee who is not in the directory does not repeat what was sent (a personal ID here). */
	@Test
	void refusesAnUnknownAssigneeWithoutRepeatingIt() {
		ResponseEntity<String> refused = send("thao.dtk", HttpMethod.POST,
				"/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"079186004799\"}");

		assertProblem(refused, HttpStatus.FORBIDDEN);
		assertThat(refused.getBody()).contains("không có trong danh bạ").doesNotContain("079186004799");
	}

	/** Camunda's TaskAlreadyClaimedException was a 500; a task someone else holds is a conflict. */
	@Test
	void answersConflictWhenSomeoneElseHasClaimedTheTask() {
		String claim = "/engine-rest/task/" + task.getId() + "/claim";
		ResponseEntity<String> first = send("thao.dtk", HttpMethod.POST, claim, "{\"userId\":\"thao.dtk\"}");
		assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

		assertProblem(send("mai.ltn", HttpMethod.POST, claim, "{\"userId\":\"mai.ltn\"}"), HttpStatus.CONFLICT);
		ResponseEntity<String> again = send("thao.dtk", HttpMethod.POST, claim, "{\"userId\":\"thao.dtk\"}");
		assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("thao.dtk");
	}

	@Test
	void updatesATasksNameAssigneeAndPriority() {
		ResponseEntity<String> updated = send("admin", HttpMethod.PUT, "/engine-rest/task/" + task.getId(),
				"{\"name\":\"Kiểm tra hồ sơ\",\"assignee\":\"mai.ltn\",\"priority\":50}");

		assertThat(updated.getStatusCode()).as(updated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("mai.ltn");
	}

}
