package vn.vidan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Two minor leaks of issue 11: an auditor reads everything and changes nothing (every write is a 403 that changes
 * nothing), and the instance counts of every unit (Camunda's process-definition statistics, on the REST API and in
 * Cockpit's plugin) are for administrators and auditors only.
 */
@PlatformIntegrationTest
class ReadOnlyAndStatisticsIntegrationTests {

	static final String AUDITOR = "auditor";

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	private static void assertForbidden(ResponseEntity<?> response) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private String receive(String user, String personalId) {
		ResponseEntity<JsonNode> receipt = api.as(user).postForEntity("/api/requests", json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Trần Văn Bình","personalId":"%s","phone":"0905111222",
				              "address":"12 Lê Lợi, Tổ dân phố 2, phường Hòa Minh"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""".formatted(personalId)), JsonNode.class);
		if (receipt.getStatusCode() == HttpStatus.CREATED) {
			return receipt.getBody().get("receiptCode").asText();
		}
		assertForbidden(receipt);
		return null;
	}

	@Test
	void letsAnAuditorReadButNotWrite() {
		String code = receive("thao.dtk", "048085000777");
		String task = tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey(ResidentRequestProcess.TASK_CHECK_COMPLETENESS)
			.singleResult()
			.getId();

		assertThat(api.as(AUDITOR).getForEntity("/api/requests/" + code, JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(api.as(AUDITOR).getForEntity("/api/audit?from=2026-01-01&to=2026-12-31", JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(receive(AUDITOR, "048085000778")).isNull();
		assertForbidden(api.as(AUDITOR).postForEntity("/engine-rest/task/" + task + "/complete",
				json("{\"variables\":{" + VidanApi.bool(Vars.DOSSIER_COMPLETE, true) + "}}"), String.class));
		assertForbidden(api.as(AUDITOR).exchange("/api/calendar/units/EAPO/office-sessions", HttpMethod.PUT,
				json("[{\"day\":\"MONDAY\",\"start\":\"07:30\",\"end\":\"11:30\"}]"), String.class));
		assertForbidden(api.as(AUDITOR).postForEntity("/api/requests/" + code + "/withdrawal", json("{}"), String.class));

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM req_request WHERE applicant_id = '048085000778'",
				Integer.class)).isZero();
		assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
		assertThat(api.as("admin").getForObject("/api/requests/" + code, JsonNode.class).get("status").asText())
			.isNotEqualTo("WITHDRAWN");
		assertThat(api.as("admin").getForObject("/api/calendar/units/EAPO/hours", JsonNode.class)
			.get("sessionsFrom").asText()).isNotEqualTo("EAPO");
	}

	@Test
	void showsInstanceCountsOfEveryUnitOnlyToAdministratorsAndAuditors() {
		for (String path : new String[] { "/engine-rest/process-definition/statistics",
				"/engine-rest/process-definition/statistics?failedJobs=true",
				"/engine-rest/process-definition/key/ResidentRequestProcess/statistics",
				"/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
				"/camunda/api/engine/engine/default/process-definition/statistics" }) {
			assertForbidden(api.as("thao.dtk").getForEntity(path, String.class));
			assertForbidden(api.as("dat.lq").getForEntity(path, String.class));
			assertThat(api.as("admin").getForEntity(path, String.class).getStatusCode().value()).as(path)
				.isNotEqualTo(403);
			if (path.startsWith("/engine-rest")) {
				assertThat(api.as(AUDITOR).getForEntity(path, String.class).getStatusCode().value()).as(path)
					.isNotEqualTo(403);
			}
		}
	}

}
