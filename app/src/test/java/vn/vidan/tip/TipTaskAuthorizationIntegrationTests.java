package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.PlatformIntegrationTest;

/**
 * Another ward's duty officer learns nothing from a Hòa Minh tip's task (issue 11): completing it is a 403 whether the
 * earlier tip its answer names exists or not, so the answer check no longer tells which tip references exist.
 */
@PlatformIntegrationTest
class TipTaskAuthorizationIntegrationTests extends TipTestSupport {

	static final String OTHER_DUTY = "long.ld2";

	@Autowired
	TaskService tasks;

	@Test
	void answersAnotherWardTheSameForAnExistingAndAnUnknownTip() {
		String earlier = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));
		String reference = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));
		String task = tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(TipReportProcess.TASK_TRIAGE_TIP)
			.singleResult()
			.getId();

		ResponseEntity<String> existing = api.as(OTHER_DUTY).postForEntity("/engine-rest/task/" + task + "/complete",
				json("{\"variables\":{" + text("category", "DUPLICATE") + "," + text("duplicateOf", earlier) + "}}"),
				String.class);
		ResponseEntity<String> unknown = api.as(OTHER_DUTY).postForEntity("/engine-rest/task/" + task + "/complete",
				json("{\"variables\":{" + text("category", "DUPLICATE") + ","
						+ text("duplicateOf", "TB-HOAMINH-1999-0001") + "}}"),
				String.class);

		assertThat(existing.getStatusCode()).as(existing.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unknown.getStatusCode()).as(unknown.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unknown.getBody()).isEqualTo(existing.getBody());
		assertThat(tip(DUTY, reference).get("status").asText()).isNotEqualTo("CLOSED");
	}

	@Test
	void aDuplicateNamesOnlyAnEarlierTipOfItsOwnUnit() {
		ResponseEntity<JsonNode> elsewhere = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"HOAAN","incidentAddress":"Tổ dân phố 5, phường Hòa An","incidentAt":"2026-01-05T02:00:00Z",
				 "description":"Cãi nhau, gây mất trật tự trước quán nhậu","suggestedCategory":"PUBLIC_ORDER"}"""),
				JsonNode.class);
		String otherWard = referenceOf(elsewhere.getBody());
		String reference = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));

		ResponseEntity<String> ofOtherWard = api.tryComplete(DUTY, reference, TipReportProcess.TASK_TRIAGE_TIP,
				duplicateOf(otherWard));
		ResponseEntity<String> ofNoTip = api.tryComplete(DUTY, reference, TipReportProcess.TASK_TRIAGE_TIP,
				duplicateOf("TB-HOAMINH-1999-0001"));

		assertThat(ofOtherWard.getStatusCode()).as(ofOtherWard.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ofNoTip.getStatusCode()).as(ofNoTip.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ofOtherWard.getBody()).isEqualTo(ofNoTip.getBody());
		assertThat(tip(DUTY, reference).get("status").asText()).isNotEqualTo("CLOSED");
	}

	private static String duplicateOf(String earlier) {
		return text("category", "DUPLICATE") + "," + text("duplicateOf", earlier) + ","
				+ text("triageNote", "Trùng với tin đã có");
	}

}
