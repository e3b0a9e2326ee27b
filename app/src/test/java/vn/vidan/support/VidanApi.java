package vn.vidan.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls to Vidan's APIs as the demo users (password "demo", admin "admin"), for integration tests. */
public final class VidanApi {

	private final TestRestTemplate http;

	public VidanApi(TestRestTemplate http) {
		this.http = http;
	}

	public TestRestTemplate as(String user) {
		return http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
	}

	public TestRestTemplate anonymous() {
		return http;
	}

	public static HttpEntity<String> json(String body) {
		return json(body, new HttpHeaders());
	}

	public static HttpEntity<String> json(String body, HttpHeaders headers) {
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/**
	 * Files a TAM_TRU dossier at Hòa Minh's desk as {@code desk} for {@code applicant} (the intake's applicant object, as
	 * JSON) and answers its receipt code. The dossier then waits at its completeness check, offered to Hòa Minh's desk.
	 */
	public String fileHoaMinhTamTru(String desk, String applicant) {
		ResponseEntity<JsonNode> receipt = as(desk).postForEntity("/api/requests", json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH","applicant":%s,
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""".formatted(applicant)), JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	/** Completes the one open task at {@code taskKey} of the case with this business key, through Camunda's REST API. */
	public void complete(String user, String businessKey, String taskKey, String variables) {
		ResponseEntity<String> done = tryComplete(user, businessKey, taskKey, variables);
		assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	public ResponseEntity<String> tryComplete(String user, String businessKey, String taskKey, String variables) {
		JsonNode tasks = as(user).getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey
				+ "&taskDefinitionKey=" + taskKey, JsonNode.class);
		assertThat(tasks).as("%s sees %s of %s", user, taskKey, businessKey).hasSize(1);
		return as(user).postForEntity("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
				json("{\"variables\":{" + variables + "}}"), String.class);
	}

	/** How many open tasks at {@code taskKey} of the case {@code user} can see. */
	public int visibleTasks(String user, String businessKey, String taskKey) {
		return as(user).getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey
				+ "&taskDefinitionKey=" + taskKey, JsonNode.class).size();
	}

	public static String bool(String name, boolean value) {
		return "\"" + name + "\":{\"value\":" + value + ",\"type\":\"Boolean\"}";
	}

	public static String text(String name, String value) {
		return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
	}

}
