package vn.vidan.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vidan.support.VidanApi.bool;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * The officers' answers to a dossier's tasks are checked at the service layer: through Camunda's REST API a wrong or
 * missing answer is a problem+json 400 naming the field (in the caller's language), inside the engine the same check
 * refuses every other path; the task stays open and the dossier does not move. And the dossier's history names the
 * officers who acted, not "system".
 */
@PlatformIntegrationTest
class RequestTaskAnswersIntegrationTests {

	static final String DESK = "thao.dtk";

	static final String VERIFIER = "dung.vd";

	static final String CHIEF = "dat.lq";

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	ObjectMapper json;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	String receive(String procedure, String unit, String documents, String desk) {
		ResponseEntity<JsonNode> receipt = api.as(desk).postForEntity("/api/requests", json("""
				{"procedureCode":"%s","channel":"DESK","unitCode":"%s",
				 "applicant":{"fullName":"Trần Văn Bình","personalId":"048085000321","phone":"0905111222",
				              "address":"12 Lê Lợi, Tổ dân phố 2, phường Hòa Minh"},
				 "documents":[%s]}""".formatted(procedure, unit, documents)), JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	String receiveTamTru() {
		return receive("TAM_TRU", "HOAMINH", "{\"code\":\"CT01\"},{\"code\":\"CHO_O_HOP_PHAP\"}", DESK);
	}

	JsonNode dossier(String receiptCode) {
		return api.as("admin").getForObject("/api/requests/" + receiptCode, JsonNode.class);
	}

	String checkedAndVerified() {
		String code = receiveTamTru();
		api.complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS, bool(Vars.DOSSIER_COMPLETE, true));
		api.complete(VERIFIER, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER, bool(Vars.FIELD_CHECK_NEEDED, false));
		return code;
	}

	/** A refusal through Camunda's REST API: 400, problem+json, the field named in {@code errors} and the detail. */
	JsonNode refused(ResponseEntity<String> response, String field) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		JsonNode problem = json.readTree(response.getBody());
		assertThat(problem.get("errors").has(field)).as(problem.toString()).isTrue();
		assertThat(problem.get("detail").asText()).contains(field);
		assertThat(problem.get("code").asText()).isEqualTo("task.notCompleted");
		return problem;
	}

	@Test
	void refusesARefusalWithoutAReasonAndKeepsTheTaskOpen() throws Exception {
		String code = checkedAndVerified();

		JsonNode problem = refused(api.tryComplete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(Vars.DECISION, "REFUSE")), Vars.REFUSAL_REASON);

		assertThat(problem.get("title").asText()).isEqualTo("Chưa hoàn thành được việc");
		assertThat(problem.get("detail").asText()).contains("lý do từ chối");
		assertThat(api.visibleTasks(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST)).isEqualTo(1);
		assertThat(dossier(code).get("status").asText()).isEqualTo("IN_PROGRESS");
		api.complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(Vars.DECISION, "REFUSE") + "," + text(Vars.REFUSAL_REASON, "Chỗ ở không hợp pháp"));
		assertThat(dossier(code).get("status").asText()).isEqualTo("REFUSED");
	}

	@Test
	void refusesAnUnknownDecisionInsteadOfFailing() throws Exception {
		String code = checkedAndVerified();

		refused(api.tryComplete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, text(Vars.DECISION, "MAYBE")),
				Vars.DECISION);
		refused(api.tryComplete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, ""), Vars.DECISION);

		assertThat(api.visibleTasks(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST)).isEqualTo(1);
		api.complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, text(Vars.DECISION, "APPROVE"));
		assertThat(dossier(code).get("status").asText()).isEqualTo("RESULT_READY");
	}

	@Test
	void refusesAPostalHandOverWithoutATrackingNumber() throws Exception {
		String code = checkedAndVerified();
		api.complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, text(Vars.DECISION, "APPROVE"));

		refused(api.tryComplete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(Vars.HAND_OVER_METHOD, "POST")), Vars.TRACKING_NUMBER);
		refused(api.tryComplete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(Vars.HAND_OVER_METHOD, "POST") + "," + text(Vars.TRACKING_NUMBER, "số 12/3")), Vars.TRACKING_NUMBER);
		refused(api.tryComplete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(Vars.HAND_OVER_METHOD, "PIGEON")), Vars.HAND_OVER_METHOD);

		assertThat(api.visibleTasks(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT)).isEqualTo(1);
		assertThat(dossier(code).get("status").asText()).isEqualTo("RESULT_READY");
		api.complete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(Vars.HAND_OVER_METHOD, "POST") + "," + text(Vars.TRACKING_NUMBER, "EP123456789VN"));
		JsonNode closed = dossier(code);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("trackingNumber").asText()).isEqualTo("EP123456789VN");
	}

	@Test
	void refusesAPostalHandOverForAProcedureWhoseResultIsGivenAtTheDesk() throws Exception {
		String code = receive("LUU_TRU", "HOAMINH", "{\"code\":\"THONG_TIN_LUU_TRU\"}", DESK);
		api.complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS, bool(Vars.DOSSIER_COMPLETE, true));
		api.complete(VERIFIER, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER, bool(Vars.FIELD_CHECK_NEEDED, false));
		api.complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, text(Vars.DECISION, "APPROVE"));

		refused(api.tryComplete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(Vars.HAND_OVER_METHOD, "POST") + "," + text(Vars.TRACKING_NUMBER, "EP123456789VN")),
				Vars.HAND_OVER_METHOD);
		api.complete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT, text(Vars.HAND_OVER_METHOD, "DESK"));
	}

	@Test
	void refusesAnIncompleteDossierWithoutTheMissingDocumentsOrWithoutAnAnswer() throws Exception {
		String code = receiveTamTru();

		refused(api.tryComplete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(Vars.DOSSIER_COMPLETE, false)), Vars.MISSING_DOCUMENTS);
		refused(api.tryComplete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS, ""), Vars.DOSSIER_COMPLETE);
		refused(api.tryComplete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(Vars.DOSSIER_COMPLETE, false) + "," + text(Vars.MISSING_DOCUMENTS, "x".repeat(901))),
				Vars.MISSING_DOCUMENTS);

		assertThat(dossier(code).get("status").asText()).isEqualTo("RECEIVED");
		api.complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(Vars.DOSSIER_COMPLETE, false) + "," + text(Vars.MISSING_DOCUMENTS, "Hợp đồng thuê nhà"));
		assertThat(dossier(code).get("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
	}

	@Test
	void refusesTheDecidingUnitAboveTheCommuneToo() throws Exception {
		String code = receive("CAN_CUOC", "DAKNIA", "", "linh.htk");
		api.complete("linh.htk", code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(Vars.DOSSIER_COMPLETE, true));
		api.complete("linh.htk", code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				bool(Vars.FIELD_CHECK_NEEDED, false));

		refused(api.tryComplete("trang.ltk", code, ResidentRequestProcess.TASK_DECIDE_TRANSFERRED_REQUEST,
				text(Vars.DECISION, "REFUSE")), Vars.REFUSAL_REASON);
		assertThat(api.visibleTasks("trang.ltk", code, ResidentRequestProcess.TASK_DECIDE_TRANSFERRED_REQUEST))
			.isEqualTo(1);
		assertThat(dossier(code).get("status").asText()).isEqualTo("TRANSFERRED");
	}

	@Test
	void saysTheRefusalInEnglishWhenAskedTo() throws Exception {
		String code = checkedAndVerified();
		String taskId = api.as(CHIEF)
			.getForObject("/engine-rest/task?processInstanceBusinessKey=" + code + "&taskDefinitionKey="
					+ ResidentRequestProcess.TASK_DECIDE_REQUEST, JsonNode.class)
			.get(0)
			.get("id")
			.asText();
		HttpHeaders english = new HttpHeaders();
		english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");

		JsonNode problem = refused(api.as(CHIEF).postForEntity("/engine-rest/task/" + taskId + "/complete",
				VidanApi.json("{\"variables\":{" + text(Vars.DECISION, "REFUSE") + "}}", english), String.class),
				Vars.REFUSAL_REASON);

		assertThat(problem.get("title").asText()).isEqualTo("Task not completed");
		assertThat(problem.get("detail").asText()).contains("A refusal needs the reason for refusal (refusalReason)");
	}

	/** Tasklist, the Java API, anything that completes a task without the REST filter: the engine refuses too. */
	@Test
	void theEngineItselfRefusesTheSameAnswers() {
		String code = checkedAndVerified();
		Task decide = tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey(ResidentRequestProcess.TASK_DECIDE_REQUEST)
			.singleResult();

		assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of(Vars.DECISION, "REFUSE")))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining(Vars.REFUSAL_REASON);
		assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of(Vars.DECISION, "MAYBE")))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining(Vars.DECISION);

		assertThat(tasks.createTaskQuery().taskId(decide.getId()).count()).as("still open").isEqualTo(1);
		assertThat(dossier(code).get("status").asText()).isEqualTo("IN_PROGRESS");
		tasks.complete(decide.getId(), Map.of(Vars.DECISION, "APPROVE"));
		Task handOver = tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey(ResidentRequestProcess.TASK_HAND_OVER_RESULT)
			.singleResult();
		assertThatThrownBy(() -> tasks.complete(handOver.getId(), Map.of(Vars.HAND_OVER_METHOD, "POST")))
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining(Vars.TRACKING_NUMBER);
		// A yes/no sent as text reaches the gateways as a boolean.
		String other = receiveTamTru();
		Task check = tasks.createTaskQuery()
			.processInstanceBusinessKey(other)
			.taskDefinitionKey(ResidentRequestProcess.TASK_CHECK_COMPLETENESS)
			.singleResult();
		tasks.complete(check.getId(), Map.of(Vars.DOSSIER_COMPLETE, "true"));
		assertThat(dossier(other).get("status").asText()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theHistoryNamesTheOfficersWhoActed() {
		String code = checkedAndVerified();
		api.complete(CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST, text(Vars.DECISION, "APPROVE"));
		api.complete(DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT, text(Vars.HAND_OVER_METHOD, "DESK"));

		JsonNode history = api.as(CHIEF).getForObject("/api/requests/" + code, JsonNode.class).get("history");

		assertThat(history.findValuesAsText("status")).containsExactly("RECEIVED", "IN_PROGRESS", "RESULT_READY",
				"CLOSED");
		assertThat(history.findValuesAsText("by")).containsExactly(DESK, DESK, CHIEF, DESK);
	}

	@Test
	void theHistoryNamesTheVerifierWhoTransfersAndTheDeciderAbove() {
		String code = receive("CAN_CUOC", "DAKNIA", "", "linh.htk");
		api.complete("linh.htk", code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(Vars.DOSSIER_COMPLETE, true));
		api.complete("phuc.lc", code, ResidentRequestProcess.TASK_VERIFY_DOSSIER, bool(Vars.FIELD_CHECK_NEEDED, false));
		api.complete("trang.ltk", code, ResidentRequestProcess.TASK_DECIDE_TRANSFERRED_REQUEST,
				text(Vars.DECISION, "REFUSE") + "," + text(Vars.REFUSAL_REASON, "Ảnh không đạt yêu cầu"));

		JsonNode history = dossier(code).get("history");

		assertThat(history.findValuesAsText("status")).containsExactly("RECEIVED", "IN_PROGRESS", "TRANSFERRED",
				"REFUSED");
		assertThat(history.findValuesAsText("by")).containsExactly("linh.htk", "linh.htk", "phuc.lc", "trang.ltk");
	}

	@Test
	void theHistoryNamesTheDeskForASupplementRequestAndTheResidentForAnOnlineSupplement() {
		String code = receiveTamTru();
		api.complete(DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(Vars.DOSSIER_COMPLETE, false) + "," + text(Vars.MISSING_DOCUMENTS, "Hợp đồng thuê nhà"));
		ResponseEntity<JsonNode> supplement = api.anonymous().postForEntity(
				"/api/public/requests/" + code + "/supplement",
				json("{\"personalId\":\"048085000321\",\"documents\":[{\"code\":\"CHO_O_HOP_PHAP\"}]}"),
				JsonNode.class);
		assertThat(supplement.getStatusCode()).isEqualTo(HttpStatus.OK);

		List<String> by = dossier(code).get("history").findValuesAsText("by");

		assertThat(by).containsExactly(DESK, DESK, RequestLifecycle.RESIDENT);
	}

}
