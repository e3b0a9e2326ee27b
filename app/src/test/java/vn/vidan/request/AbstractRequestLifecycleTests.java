package vn.vidan.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;

/**
 * Whole lifecycles of resident requests through the REST API, with the officers the directory routes them to, on a
 * fake clock: early, on time and late; a supplement that pauses the clock; a transfer above the commune and back; a
 * withdrawal; the 75% warning and a breach with its apology letter; the rating. Each subclass runs it on one database.
 */
abstract class AbstractRequestLifecycleTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String HOA_MINH_DESK = "thao.dtk";

	static final String HOA_MINH_CHIEF = "dat.lq";

	static final String DAK_NIA_DESK = "linh.htk";

	static final String DAK_NONG_PC06 = "trang.ltk";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
	}

	static void clock(String localDateTime) {
		ClockUtil.setCurrentTime(Date.from(at(localDateTime)));
	}

	private TestRestTemplate as(String user) {
		return http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/** A rating as the resident sends it: with the last 4 digits of the applicant's ID (048190000123). */
	private static HttpEntity<String> rating(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set("X-Personal-Id-Last4", "0123");
		return new HttpEntity<>(body, headers);
	}

	String receive(String procedure, String unit, String documents) {
		ResponseEntity<JsonNode> receipt = as(unit.equals("DAKNIA") ? DAK_NIA_DESK : HOA_MINH_DESK).postForEntity(
				"/api/requests",
				json("""
						{"procedureCode":"%s","channel":"DESK","unitCode":"%s",
						 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
						              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
						 "documents":[%s]}""".formatted(procedure, unit, documents)),
				JsonNode.class);
		assertThat(receipt.getStatusCode()).as(receipt.toString()).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	String receiveTamTru() {
		return receive("TAM_TRU", "HOAMINH", "{\"code\":\"CT01\"},{\"code\":\"CHO_O_HOP_PHAP\"}");
	}

	/** Completes the one open task of the dossier with this key, as this officer, through Camunda's REST API. */
	void complete(String user, String receiptCode, String taskKey, String variables) {
		JsonNode tasks = as(user).getForObject("/engine-rest/task?processInstanceBusinessKey=" + receiptCode
				+ "&taskDefinitionKey=" + taskKey, JsonNode.class);
		assertThat(tasks).as("%s sees %s of %s", user, taskKey, receiptCode).hasSize(1);
		ResponseEntity<String> done = as(user).postForEntity(
				"/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
				json("{\"variables\":{" + variables + "}}"), String.class);
		assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	static String bool(String name, boolean value) {
		return "\"" + name + "\":{\"value\":" + value + ",\"type\":\"Boolean\"}";
	}

	static String text(String name, String value) {
		return "\"" + name + "\":{\"value\":\"" + value + "\",\"type\":\"String\"}";
	}

	JsonNode dossier(String receiptCode) {
		return as("admin").getForObject("/api/requests/" + receiptCode, JsonNode.class);
	}

	/** Desk finds it complete, the verifier needs no field check. */
	void checkedAndVerified(String receiptCode) {
		complete(HOA_MINH_DESK, receiptCode, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
		complete(HOA_MINH_DESK, receiptCode, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false));
	}

	void approvedAndHandedOver(String receiptCode) {
		complete(HOA_MINH_CHIEF, receiptCode, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(ResidentRequestProcess.Vars.DECISION, "APPROVE"));
		complete(HOA_MINH_DESK, receiptCode, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(ResidentRequestProcess.Vars.HAND_OVER_METHOD, "DESK"));
	}

	private Job timer(String receiptCode, String activityId) {
		return management.createJobQuery()
			.processInstanceId(runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(receiptCode)
				.processDefinitionKey(ResidentRequestProcess.PROCESS_KEY)
				.singleResult()
				.getId())
			.activityId(activityId)
			.singleResult();
	}

	@Test
	void closesEarlyWhenTheResultIsGivenBeforeTheAppointmentDay() {
		clock("2026-03-09T09:00"); // Monday; three working days: Thursday 09:00
		String code = receiveTamTru();
		checkedAndVerified(code);
		approvedAndHandedOver(code);

		JsonNode closed = dossier(code);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("timeliness").asText()).isEqualTo("EARLY");
		assertThat(closed.get("history").findValuesAsText("status")).containsExactly("RECEIVED", "IN_PROGRESS",
				"RESULT_READY", "CLOSED");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM req_notification WHERE receipt_code = ? AND kind = 'RESULT_READY'",
				Integer.class, code)).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
	}

	@Test
	void closesOnTimeOnTheAppointmentDay() {
		clock("2026-03-09T09:00");
		String code = receiveTamTru();
		checkedAndVerified(code);
		clock("2026-03-12T08:00"); // Thursday, the appointment day
		approvedAndHandedOver(code);

		assertThat(dossier(code).get("timeliness").asText()).isEqualTo("ON_TIME");
	}

	@Test
	void pausesTheClockForASupplementAndMovesTheAppointment() {
		clock("2026-03-09T09:00");
		String code = receiveTamTru();
		assertThat(Instant.parse(dossier(code).get("appointmentDate").asText())).isEqualTo(at("2026-03-12T09:00"));
		clock("2026-03-09T10:00");
		complete(HOA_MINH_DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, false) + ","
						+ text(ResidentRequestProcess.Vars.MISSING_DOCUMENTS, "Hợp đồng thuê nhà có công chứng"));
		JsonNode waiting = dossier(code);
		assertThat(waiting.get("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(waiting.get("missingDocuments").asText()).isEqualTo("Hợp đồng thuê nhà có công chứng");

		clock("2026-03-11T10:00"); // two working days later the resident sends it online
		ResponseEntity<JsonNode> unknownCode = http.postForEntity("/api/public/requests/" + code + "/supplement",
				json("{\"personalId\":\"048190000123\",\"documents\":[{\"code\":\"GIAY_KHAC\"}]}"), JsonNode.class);
		assertThat(unknownCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknownCode.getBody().get("code").asText()).as("the reason, not just a 400")
			.isEqualTo("request.unknownDocument");
		assertThat(dossier(code).get("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
		ResponseEntity<JsonNode> supplement = http.postForEntity("/api/public/requests/" + code + "/supplement",
				json("{\"personalId\":\"048190000123\",\"documents\":[{\"code\":\"CHO_O_HOP_PHAP\",\"fileName\":\"hop-dong.pdf\",\"contentBase64\":\"JVBERi0xLjQK\"}]}"),
				JsonNode.class);

		assertThat(supplement.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode resumed = dossier(code);
		assertThat(resumed.get("status").asText()).isEqualTo("RECEIVED");
		// One working hour was used before the pause; the two days paused do not count.
		assertThat(Instant.parse(resumed.get("appointmentDate").asText())).isEqualTo(at("2026-03-16T09:00"));
		assertThat(resumed.get("documents")).hasSize(3);
		checkedAndVerified(code);
		approvedAndHandedOver(code);
		assertThat(dossier(code).get("timeliness").asText()).isEqualTo("EARLY");

		ResponseEntity<JsonNode> afterClose = http.postForEntity("/api/public/requests/" + code + "/supplement",
				json("{\"personalId\":\"048190000123\",\"documents\":[{\"code\":\"CT01\"}]}"), JsonNode.class);
		assertThat(afterClose.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(afterClose.getBody().get("detail").asText()).contains(code, "đã hoàn thành");
		assertThat(dossier(code).get("documents")).hasSize(3);
	}

	@Test
	void hidesADossierFromAnOnlineSupplementWithTheWrongIdNumber() {
		String code = receiveTamTru();

		ResponseEntity<JsonNode> response = http.postForEntity("/api/public/requests/" + code + "/supplement",
				json("{\"personalId\":\"048190000999\",\"documents\":[{\"code\":\"CT01\"}]}"), JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void transfersAnIdCardToTheProvinceAndFinishesWithItsDecision() {
		clock("2026-03-09T09:00");
		String code = receive("CAN_CUOC", "DAKNIA", "");
		complete(DAK_NIA_DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
		complete(DAK_NIA_DESK, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false));
		assertThat(dossier(code).get("status").asText()).isEqualTo("TRANSFERRED");

		complete(DAK_NONG_PC06, code, ResidentRequestProcess.TASK_DECIDE_TRANSFERRED_REQUEST,
				text(ResidentRequestProcess.Vars.DECISION, "APPROVE"));
		complete(DAK_NIA_DESK, code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(ResidentRequestProcess.Vars.HAND_OVER_METHOD, "POST") + ","
						+ text(ResidentRequestProcess.Vars.TRACKING_NUMBER, "EP123456789VN"));

		JsonNode closed = dossier(code);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("trackingNumber").asText()).isEqualTo("EP123456789VN");
		assertThat(closed.get("history").findValuesAsText("status")).contains("TRANSFERRED", "RESULT_READY");
	}

	@Test
	void refusesInWritingWithTheReasonAndCountsTheRefusal() {
		clock("2026-03-09T09:00");
		String code = receiveTamTru();
		checkedAndVerified(code);

		complete(HOA_MINH_CHIEF, code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(ResidentRequestProcess.Vars.DECISION, "REFUSE") + ","
						+ text(ResidentRequestProcess.Vars.REFUSAL_REASON, "Chỗ ở không hợp pháp"));

		JsonNode refused = dossier(code);
		assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
		assertThat(refused.get("refusalReason").asText()).isEqualTo("Chỗ ở không hợp pháp");
		assertThat(refused.get("timeliness").asText()).isEqualTo("EARLY");
	}

	@Test
	void letsTheResidentWithdrawBeforeApprovalButNotAfter() {
		String code = receiveTamTru();
		complete(HOA_MINH_DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));

		ResponseEntity<JsonNode> withdrawn = as(HOA_MINH_DESK).postForEntity("/api/requests/" + code + "/withdrawal",
				null, JsonNode.class);

		assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(dossier(code).get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
		assertThat(as(HOA_MINH_DESK).postForEntity("/api/requests/" + code + "/withdrawal", null, JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void warnsAtSeventyFivePercentThenApologisesWithANewDateOnBreach() {
		clock("2026-03-09T09:00");
		String code = receiveTamTru();
		complete(HOA_MINH_DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));

		Job warning = timer(code, ResidentRequestProcess.TIMER_DEADLINE_WARNING);
		// 75% of three working days (1,350 working minutes) from Monday 09:00: 1,013 minutes, Wednesday 10:53.
		assertThat(warning.getDuedate().toInstant()).isEqualTo(at("2026-03-11T10:53"));
		management.executeJob(warning.getId());
		assertThat(jdbc.queryForList("SELECT recipient FROM req_notification WHERE receipt_code = ? AND kind = 'DEADLINE_WARNING'",
				String.class, code)).containsExactlyInAnyOrder("HOAMINH.desk", "HOAMINH.leaders");
		for (String officer : new String[] { HOA_MINH_DESK, HOA_MINH_CHIEF }) {
			JsonNode told = as(officer).getForObject("/api/requests/notifications", JsonNode.class);
			assertThat(told.toString()).as(officer).contains(code, "DEADLINE_WARNING", "75%");
		}
		assertThat(as("nhung.pt").getForObject("/api/requests/notifications", JsonNode.class).toString())
			.as("another ward's desk").doesNotContain(code);

		Job breach = timer(code, ResidentRequestProcess.TIMER_DEADLINE_BREACHED);
		assertThat(breach.getDuedate().toInstant()).isEqualTo(at("2026-03-12T09:00"));
		clock("2026-03-12T09:30");
		management.executeJob(breach.getId());

		JsonNode late = dossier(code);
		assertThat(late.get("apologyIssuedAt").isNull()).isFalse();
		assertThat(Instant.parse(late.get("appointmentDate").asText())).isEqualTo(at("2026-03-16T09:30"));
		JsonNode escalations = as(HOA_MINH_CHIEF).getForObject("/engine-rest/task?processInstanceBusinessKey=" + code
				+ "&taskDefinitionKey=" + ResidentRequestProcess.TASK_RESOLVE_BREACH, JsonNode.class);
		assertThat(escalations).hasSize(1);

		clock("2026-03-17T10:00"); // after even the new date
		complete(HOA_MINH_DESK, code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false));
		approvedAndHandedOver(code);
		assertThat(dossier(code).get("timeliness").asText()).isEqualTo("LATE");
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void printsAReceiptSlipWithTheCodeAndTheAppointmentInVietnamese() throws Exception {
		clock("2026-03-09T09:00");
		String code = receiveTamTru();

		ResponseEntity<byte[]> slip = as(HOA_MINH_DESK).getForEntity("/api/requests/" + code + "/receipt.pdf",
				byte[].class);

		assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(slip.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		String text = pdfText(slip.getBody());
		assertThat(text).contains(code, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Đăng ký tạm trú",
				"Nguyễn Thị Thanh", "12/03/2026", "09 giờ 00 phút", "Dương Thị Kim Thảo", "CÔNG AN PHƯỜNG HÒA MINH");
		assertThat(as(HOA_MINH_DESK).getForEntity("/api/requests/" + code + "/apology.pdf", String.class)
			.getStatusCode()).as("not late, no apology").isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void printsTheApologyLetterWithTheNewDateOnceLate() throws Exception {
		clock("2026-03-09T09:00");
		String code = receiveTamTru();
		complete(HOA_MINH_DESK, code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
		clock("2026-03-12T09:30");
		management.executeJob(timer(code, ResidentRequestProcess.TIMER_DEADLINE_BREACHED).getId());

		ResponseEntity<byte[]> letter = as(HOA_MINH_DESK).getForEntity("/api/requests/" + code + "/apology.pdf",
				byte[].class);

		assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdfText(letter.getBody())).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", code,
				"12/03/2026", "16/03/2026", "thành thật xin lỗi");
	}

	@Test
	void countsEarlyOnTimeLateAndPendingForAPeriod() {
		clock("2027-06-07T09:00"); // a Monday no other test uses
		String early = receiveTamTru();
		String pending = receiveTamTru();
		String refused = receiveTamTru();
		checkedAndVerified(early);
		approvedAndHandedOver(early);
		checkedAndVerified(refused);
		complete(HOA_MINH_CHIEF, refused, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(ResidentRequestProcess.Vars.DECISION, "REFUSE") + ","
						+ text(ResidentRequestProcess.Vars.REFUSAL_REASON, "Không đủ điều kiện"));

		JsonNode ward = as(HOA_MINH_CHIEF).getForObject("/api/requests/report?unit=HOAMINH&from=2027-06-07&to=2027-06-07",
				JsonNode.class);
		JsonNode city = as("khanh.dd").getForObject("/api/requests/report?unit=CADN&from=2027-06-01&to=2027-06-30",
				JsonNode.class);

		assertThat(ward.get("received").asLong()).isEqualTo(3);
		assertThat(ward.get("early").asLong()).isEqualTo(2);
		assertThat(ward.get("refused").asLong()).isEqualTo(1);
		assertThat(ward.get("pending").asLong()).isEqualTo(1);
		assertThat(ward.get("byChannel").get("DESK").asLong()).isEqualTo(3);
		assertThat(city.get("received").asLong()).as("the city counts its wards").isEqualTo(3);
		assertThat(as(HOA_MINH_CHIEF).getForEntity("/api/requests/report?unit=HOAMINH&from=2027-06-08&to=2027-06-07",
				String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(pending).isNotEqualTo(early);
	}

	/** Every count of the report, exactly: one dossier for each outcome, and one received in the evening window. */
	@Test
	void countsEveryOutcomeOfAPeriodExactly() {
		clock("2027-10-04T09:00"); // a Monday no other test uses; three working days: Thursday 09:00
		// Counts that differ from each other where they can, so a count read from the wrong column shows.
		String early = receiveTamTru();
		String alsoEarly = receiveTamTru();
		String onTime = receiveTamTru();
		String alsoOnTime = receiveTamTru();
		String late = receiveTamTru();
		String returned = receiveTamTru();
		String withdrawn = receiveTamTru();
		String alsoWithdrawn = receiveTamTru();
		String refused = receiveTamTru();
		for (String finishedEarly : new String[] { early, alsoEarly }) {
			checkedAndVerified(finishedEarly);
			approvedAndHandedOver(finishedEarly);
		}
		checkedAndVerified(refused);
		complete(HOA_MINH_CHIEF, refused, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(ResidentRequestProcess.Vars.DECISION, "REFUSE") + ","
						+ text(ResidentRequestProcess.Vars.REFUSAL_REASON, "Không đủ điều kiện"));
		complete(HOA_MINH_DESK, returned, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, false) + ","
						+ text(ResidentRequestProcess.Vars.MISSING_DOCUMENTS, "Hợp đồng thuê nhà có công chứng"));
		management.executeJob(timer(returned, ResidentRequestProcess.TIMER_SUPPLEMENT_OVERDUE).getId());
		for (String withdrawing : new String[] { withdrawn, alsoWithdrawn }) {
			complete(HOA_MINH_DESK, withdrawing, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
					bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
			assertThat(as(HOA_MINH_DESK).postForEntity("/api/requests/" + withdrawing + "/withdrawal", null,
					JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		checkedAndVerified(onTime);
		checkedAndVerified(alsoOnTime);
		complete(HOA_MINH_DESK, late, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
		clock("2027-10-04T18:30"); // Hòa Minh's evening window: intake is tagged AFTER_HOURS
		String evening = receiveTamTru();
		clock("2027-10-07T08:00"); // the appointment day
		approvedAndHandedOver(onTime);
		approvedAndHandedOver(alsoOnTime);
		clock("2027-10-07T09:30");
		management.executeJob(timer(late, ResidentRequestProcess.TIMER_DEADLINE_BREACHED).getId());
		clock("2027-10-12T10:00"); // after even the new date
		complete(HOA_MINH_DESK, late, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false));
		approvedAndHandedOver(late);

		JsonNode ward = as(HOA_MINH_CHIEF).getForObject("/api/requests/report?unit=HOAMINH&from=2027-10-04&to=2027-10-04",
				JsonNode.class);
		JsonNode city = as("khanh.dd").getForObject("/api/requests/report?unit=CADN&from=2027-10-01&to=2027-10-31",
				JsonNode.class);

		assertThat(dossier(returned).get("status").asText()).isEqualTo("RETURNED");
		assertThat(dossier(evening).get("serviceWindow").asText()).isEqualTo("AFTER_HOURS");
		assertThat(ward.get("received").asLong()).isEqualTo(10);
		assertThat(ward.get("early").asLong()).as("the two early ones and the refusal").isEqualTo(3);
		assertThat(ward.get("onTime").asLong()).isEqualTo(2);
		assertThat(ward.get("late").asLong()).isEqualTo(1);
		assertThat(ward.get("refused").asLong()).isEqualTo(1);
		assertThat(ward.get("returned").asLong()).isEqualTo(1);
		assertThat(ward.get("withdrawn").asLong()).isEqualTo(2);
		assertThat(ward.get("pending").asLong()).as("the evening one").isEqualTo(1);
		assertThat(ward.get("byChannel").get("DESK").asLong()).isEqualTo(10);
		assertThat(ward.get("byServiceWindow").properties()).hasSize(1);
		assertThat(ward.get("byServiceWindow").get("AFTER_HOURS").asLong()).isEqualTo(1);
		assertThat(city.get("received").asLong()).as("the city counts its wards").isEqualTo(10);
		assertThat(city.get("late").asLong()).isEqualTo(1);
		assertThat(city.get("byServiceWindow").get("AFTER_HOURS").asLong()).isEqualTo(1);
	}

	@Test
	void takesOneRatingAfterTheResult() {
		String code = receiveTamTru();
		String rating = "{\"score\":5,\"comment\":\"Cán bộ nhiệt tình\"}";
		assertThat(http.postForEntity("/api/public/requests/" + code + "/rating", rating(rating), JsonNode.class)
			.getStatusCode()).as("not finished yet").isEqualTo(HttpStatus.CONFLICT);
		checkedAndVerified(code);
		approvedAndHandedOver(code);

		assertThat(http.postForEntity("/api/public/requests/" + code + "/rating", rating("{\"score\":6}"), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> rated = http.postForEntity("/api/public/requests/" + code + "/rating", rating(rating),
				JsonNode.class);
		assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rated.getBody().get("rated").asBoolean()).isTrue();
		assertThat(dossier(code).get("rating").asInt()).isEqualTo(5);
		assertThat(http.postForEntity("/api/public/requests/" + code + "/rating", rating(rating), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(http.postForEntity("/api/public/requests/HOAMINH-200101-9999/rating", rating(rating), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

}
