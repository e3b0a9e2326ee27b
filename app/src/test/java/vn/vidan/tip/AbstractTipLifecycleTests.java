package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.bool;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.VidanApi;

/**
 * Whole tip lifecycles through the REST API, worked by the officers the directory routes them to: a crime report
 * transferred to the province's investigation department and acknowledged; a public-order complaint returned by the
 * leader and done again; an administrative violation with its penalty; a duplicate; an incident in progress; an
 * overdue triage escalated to the leader. Each subclass runs them on one database.
 */
abstract class AbstractTipLifecycleTests extends TipTestSupport {

	@Test
	void transfersACrimeReportToTheInvestigatingAgencyWhichAcknowledgesIt() {
		JsonNode tracking = reportOnline("CRIME", "ORDINARY", true);
		String reference = referenceOf(tracking);
		assertThat(reference).matches("TB-HOAMINH-\\d{4}-\\d{4}");
		JsonNode received = tip(DUTY, reference);
		assertThat(received.get("status").asText()).isEqualTo("RECEIVED");
		assertThat(received.get("attachments").get(0).get("sha256").asText())
			.isEqualTo(TipIntake.sha256(java.util.Base64.getDecoder().decode("/9j/4AAQSkZJRg==")));
		assertThat(Duration.between(Instant.parse(received.get("receivedAt").asText()),
				Instant.parse(received.get("triageDue").asText()))).isEqualTo(Duration.ofHours(8));

		triage(reference, "CRIME");
		assertThat(tip(AREA, reference).get("handler").asText()).as("the area officer of Tổ dân phố 13").isEqualTo(AREA);
		api.complete(AREA, reference, TipReportProcess.TASK_CHECK_CRIME_REPORT,
				text("finding", "Xác định có dấu hiệu tội trộm cắp tài sản, đã thu giữ 01 xe máy"));
		assertThat(api.visibleTasks(DESK, reference, TipReportProcess.TASK_APPROVE_CONCLUSION))
			.as("only the unit's leaders approve").isZero();
		approve(reference);

		JsonNode transferred = tip(INVESTIGATOR, reference);
		assertThat(transferred.get("status").asText()).isEqualTo("TRANSFERRED");
		assertThat(transferred.get("receivingUnitCode").asText()).isEqualTo("CADN-PC02");
		assertThat(transferred.get("handoverRecordNo").asText()).isEqualTo("BBGN-" + reference);
		assertThat(follow(tracking).get("status").asText()).isEqualTo("TRANSFERRED");
		api.complete(INVESTIGATOR, reference, TipReportProcess.TASK_ACKNOWLEDGE_TRANSFER,
				text("caseNumber", "125/TB-PC02"));

		JsonNode closed = tip(LEADER, reference);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("acknowledgedBy").asText()).isEqualTo(INVESTIGATOR);
		assertThat(closed.get("investigationCase").asText()).isEqualTo("125/TB-PC02");
		assertThat(closed.get("approvedBy").asText()).isEqualTo(LEADER);
		assertThat(closed.get("reporter").get("reachable").asBoolean()).isTrue();
		assertThat(jdbc.queryForObject("SELECT message FROM tip_notification WHERE reference = ?", String.class,
				reference)).contains("Cơ quan điều tra").doesNotContain(TipReporters.PHONE);
		JsonNode followed = follow(tracking);
		assertThat(followed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(followed.get("result").asText()).contains("Cơ quan điều tra");
	}

	@Test
	void resolvesAComplaintAgainAfterTheLeaderReturnsIt() {
		String reference = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));
		triage(reference, "PUBLIC_ORDER");
		api.complete(AREA, reference, TipReportProcess.TASK_RESOLVE_COMPLAINT, text("finding", "Đã nhắc nhở"));
		assertThat(tip(LEADER, reference).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

		api.complete(LEADER, reference, TipReportProcess.TASK_APPROVE_CONCLUSION,
				text("approved", "false") + "," + text("leaderComment", "Lập biên bản cam kết"));
		assertThat(tip(LEADER, reference).get("status").asText()).isEqualTo("IN_HANDLING");
		api.complete(AREA, reference, TipReportProcess.TASK_RESOLVE_COMPLAINT,
				text("finding", "Đã lập biên bản cam kết không gây ồn sau 22 giờ"));
		approve(reference);

		JsonNode closed = tip(LEADER, reference);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("conclusion").asText()).contains("biên bản cam kết");
		assertThat(closed.get("events").findValuesAsText("kind")).containsSubsequence("RECEIVED", "TRIAGED",
				"HANDLING_STARTED", "CONCLUDED", "RETURNED", "CONCLUDED", "APPROVED", "RESULT_PUBLISHED", "CLOSED");
	}

	@Test
	void recordsAnAdministrativeViolationWithItsPenalty() {
		String reference = referenceOf(reportOnline("ADMINISTRATIVE_VIOLATION", "ORDINARY", false));
		triage(reference, "ADMINISTRATIVE_VIOLATION");
		api.complete(AREA, reference, TipReportProcess.TASK_VERIFY_VIOLATION,
				text("violationFound", "true") + "," + text("finding", "Lấn chiếm vỉa hè để kinh doanh"));
		ResponseEntity<String> negative = api.tryComplete(AREA, reference, TipReportProcess.TASK_RECORD_VIOLATION,
				text("violationRecordNo", "15/BB-VPHC") + "," + text("penaltyDecisionNo", "15/QĐ-XPHC") + ","
						+ text("penaltyAmount", "-5"));
		assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(negative.getBody()).contains("penaltyAmount");
		api.complete(AREA, reference, TipReportProcess.TASK_RECORD_VIOLATION, text("violationRecordNo", "15/BB-VPHC")
				+ "," + text("penaltyDecisionNo", "15/QĐ-XPHC") + "," + text("penaltyAmount", "1500000"));
		approve(reference);

		JsonNode closed = tip(LEADER, reference);
		assertThat(closed.get("penaltyAmount").asLong()).isEqualTo(1_500_000);
		assertThat(closed.get("result").asText()).contains("xử phạt vi phạm hành chính");
	}

	@Test
	void linksADuplicateToTheEarlierTip() {
		String earlier = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));
		String duplicate = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));

		ResponseEntity<String> unknown = api.tryComplete(DUTY, duplicate, TipReportProcess.TASK_TRIAGE_TIP,
				text("category", "DUPLICATE") + "," + text("duplicateOf", "TB-HOAMINH-1999-0001"));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody()).contains("\"code\":\"task.notCompleted\"", "\"errors\":{\"duplicateOf\"")
			.doesNotContain("TB-HOAMINH-1999-0001");
		api.complete(DUTY, duplicate, TipReportProcess.TASK_TRIAGE_TIP,
				text("category", "DUPLICATE") + "," + text("duplicateOf", earlier));

		JsonNode closed = tip(DUTY, duplicate);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("duplicateOf").asText()).isEqualTo(earlier);
		assertThat(tip(DUTY, earlier).get("events").findValuesAsText("note"))
			.anyMatch(note -> note.contains(duplicate));
	}

	@Test
	void dispatchesAPatrolToAnIncidentInProgress() {
		String reference = referenceOf(reportOnline("PUBLIC_ORDER", "IN_PROGRESS", false));

		JsonNode received = tip(DUTY, reference);
		assertThat(Duration.between(Instant.parse(received.get("receivedAt").asText()),
				Instant.parse(received.get("triageDue").asText()))).isEqualTo(Duration.ofMinutes(15));
		api.complete(DUTY, reference, TipReportProcess.TASK_DISPATCH_PATROL,
				text("dispatchNote", "Tổ tuần tra 113 có mặt sau 9 phút"));
		assertThat(tip(DUTY, reference).get("status").asText()).isEqualTo("DISPATCHED");
		assertThat(api.visibleTasks(DUTY, reference, TipReportProcess.TASK_TRIAGE_TIP)).isOne();
	}

	@Test
	void escalatesAnOverdueTriageToTheLeaderThenTheLevelAbove() {
		clock("2026-11-24T09:00:00");
		String reference = referenceOf(reportOnline("CIVIL_DISPUTE", "ORDINARY", false));
		String process = jdbc.queryForObject("SELECT process_instance_id FROM tip_report WHERE reference = ?",
				String.class, reference);

		clock("2026-11-30T09:00:00");
		management.executeJob(timer(process, TipReportProcess.TIMER_TRIAGE_BREACHED).getId());
		assertThat(api.visibleTasks(LEADER, reference, TipReportProcess.TASK_SUPERVISE_OVERDUE_TIP)).isOne();
		assertThat(tip(LEADER, reference).get("breaches").asInt()).isOne();

		management.executeJob(timer(process, TipReportProcess.TIMER_LEADER_RESPONSE_OVERDUE).getId());
		assertThat(api.visibleTasks("khanh.dd", reference, TipReportProcess.TASK_SUPERVISE_OVERDUE_TIP_ABOVE))
			.as("Đà Nẵng has no district tier: the province director is the level above the ward")
			.isOne();
		api.complete("khanh.dd", reference, TipReportProcess.TASK_SUPERVISE_OVERDUE_TIP_ABOVE,
				text("direction", "Trực ban phân loại ngay, báo cáo kết quả"));
		triage(reference, "CIVIL_DISPUTE");
		assertThat(tip(LEADER, reference).get("status").asText()).isEqualTo("IN_HANDLING");
	}

	@Test
	void reportsWhatBecameOfAUnitsTipsWithoutTheirReporters() {
		clock("2025-03-10T09:00:00");
		String first = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", true));
		String second = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));
		api.complete(DUTY, second, TipReportProcess.TASK_TRIAGE_TIP,
				text("category", "DUPLICATE") + "," + text("duplicateOf", first));

		String period = "&from=2025-03-10&to=2025-03-10";
		JsonNode ward = api.as(LEADER).getForObject("/api/tips/report?unit=HOAMINH" + period, JsonNode.class);
		assertThat(ward.get("received").asLong()).isEqualTo(2);
		assertThat(ward.get("closed").asLong()).isEqualTo(1);
		assertThat(ward.get("byCategory").get("DUPLICATE").asLong()).isEqualTo(1);
		assertThat(ward.get("byCategory").get("UNTRIAGED").asLong()).isEqualTo(1);
		assertThat(ward.get("byChannel").get("ONLINE").asLong()).isEqualTo(2);
		assertThat(ward.toString()).doesNotContain("Zyxwvutsr");
		JsonNode city = api.as("khanh.dd").getForObject("/api/tips/report?unit=CADN" + period, JsonNode.class);
		assertThat(city.get("received").asLong()).as("the city counts its wards").isEqualTo(2);
		assertThat(api.as("nhung.pt").getForEntity("/api/tips/report?unit=HOAMINH" + period, String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private Job timer(String processInstanceId, String activityId) {
		Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
		assertThat(job).as("timer %s", activityId).isNotNull();
		return job;
	}

}
