package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Data lifetime: every model says how long the engine keeps its history, and the engine's history cleanup removes the
 * history of finished cases once that time has passed, and nothing else. An open case keeps its history; Vidan's own
 * case records (the dossier, its status changes, its documents) are records, never touched by the engine's cleanup,
 * and the dossier and its page still answer. Runs after the other H2 tests (it moves the engine's clock past everyone's history).
 */
@PlatformIntegrationTest
@Order(Integer.MAX_VALUE - 1)
class HistoryCleanupIntegrationTests {

	/** The models' {@code historyTimeToLive}: five years. */
	private static final Duration TIME_TO_LIVE = Duration.ofDays(1825);

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyModelSaysHowLongItsHistoryIsKept() {
		List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
		List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().latestVersion().list();
		assertThat(processes).isNotEmpty()
			.allSatisfy(process -> assertThat(process.getHistoryTimeToLive()).as(process.getKey()).isEqualTo(1825));
		assertThat(decisions).isNotEmpty()
			.allSatisfy(decision -> assertThat(decision.getHistoryTimeToLive()).as(decision.getKey()).isEqualTo(1825));
	}

	@Test
	void removesTheHistoryOfAClosedDossierAfterFiveYearsAndKeepsItsRecordAndOpenCases() {
		VidanApi api = new VidanApi(http);
		String closed = receive(api);
		api.complete("thao.dtk", closed, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				VidanApi.bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
		api.complete("thao.dtk", closed, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				VidanApi.bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false));
		api.complete("dat.lq", closed, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				VidanApi.text(ResidentRequestProcess.Vars.DECISION, "APPROVE"));
		api.complete("thao.dtk", closed, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				VidanApi.text(ResidentRequestProcess.Vars.HAND_OVER_METHOD, "DESK"));
		String open = receive(api);

		HistoricProcessInstance ended = instance(closed);
		assertThat(ended.getEndTime()).as("the closed dossier's process has ended").isNotNull();
		assertThat(ended.getRemovalTime()).as("removal time: end + historyTimeToLive")
			.isEqualTo(Date.from(ended.getEndTime().toInstant().plus(TIME_TO_LIVE)));
		assertThat(instance(open).getRemovalTime()).as("an open case has no removal time").isNull();
		long tasksBefore = history.createHistoricTaskInstanceQuery().processInstanceId(ended.getId()).count();
		assertThat(tasksBefore).isEqualTo(4);
		int statusChanges = rows("req_status_change", closed);
		int documents = rows("req_document", closed);

		// A day before the time is up, the cleanup leaves it alone.
		ClockUtil.setCurrentTime(Date.from(ended.getEndTime().toInstant().plus(TIME_TO_LIVE).minus(Duration.ofDays(1))));
		cleanUp();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(closed).count()).isEqualTo(1);

		// Five years and a day after it ended, the engine's cleanup removes its history.
		ClockUtil.setCurrentTime(Date.from(ended.getEndTime().toInstant().plus(TIME_TO_LIVE).plus(Duration.ofDays(1))));
		cleanUp();

		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(closed).count()).isZero();
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(open).count())
			.as("the open dossier keeps its history")
			.isEqualTo(1);
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance(open).getId()).count())
			.isEqualTo(1);

		// Vidan's case record stays whole: the dossier, its status timeline, its documents.
		assertThat(jdbc.queryForObject("SELECT status FROM req_request WHERE receipt_code = ?", String.class, closed))
			.isEqualTo("CLOSED");
		assertThat(rows("req_status_change", closed)).isEqualTo(statusChanges).isGreaterThanOrEqualTo(4);
		assertThat(rows("req_document", closed)).isEqualTo(documents);
		ResponseEntity<JsonNode> dossier = api.as("thao.dtk").getForEntity("/api/requests/" + closed, JsonNode.class);
		assertThat(dossier.getStatusCode()).as(String.valueOf(dossier.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(dossier.getBody().get("history").findValuesAsText("status")).containsExactly("RECEIVED",
				"IN_PROGRESS", "RESULT_READY", "CLOSED");
		ResponseEntity<String> page = api.as("thao.dtk").getForEntity("/requests/" + closed, String.class);
		assertThat(page.getStatusCode()).as("the dossier's page without the engine's history").isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains(closed);
	}

	/** Runs the engine's history cleanup now, outside its 01:00–05:00 window, until it has nothing left to do. */
	private void cleanUp() {
		Job job = history.cleanUpHistoryAsync(true);
		for (int run = 0; run < 50; run++) {
			long before = history.createHistoricProcessInstanceQuery().finished().count();
			management.executeJob(job.getId());
			if (history.createHistoricProcessInstanceQuery().finished().count() == before) {
				return;
			}
		}
	}

	private HistoricProcessInstance instance(String receiptCode) {
		return history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(receiptCode)
			.processDefinitionKey(ResidentRequestProcess.PROCESS_KEY)
			.singleResult();
	}

	private int rows(String table, String receiptCode) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE receipt_code = ?", Integer.class,
				receiptCode);
	}

	private static String receive(VidanApi api) {
		ResponseEntity<JsonNode> receipt = api.as("thao.dtk").postForEntity("/api/requests", VidanApi.json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
				              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}"""), JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

}
