package vn.vidan.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.PlatformIntegrationTest;

/** Intake through the REST API: receipt code, appointment date, the public lookup, and bad input that changes nothing. */
@PlatformIntegrationTest
class RequestIntakeIntegrationTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
	}

	private ResponseEntity<JsonNode> post(String json) {
		return post("thao.dtk", json);
	}

	private ResponseEntity<JsonNode> post(String officer, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth(officer, "admin".equals(officer) ? "admin" : "demo")
			.postForEntity("/api/requests", new HttpEntity<>(json, headers), JsonNode.class);
	}

	private static String intake(String procedure, String unit, String personalId, String documents) {
		return """
				{"procedureCode":"%s","channel":"DESK","unitCode":"%s",
				 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"%s","phone":"0905123456",
				              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
				 "documents":[%s]}""".formatted(procedure, unit, personalId, documents);
	}

	private static final String TAM_TRU_DOCUMENTS = """
			{"code":"CT01","fileName":"ct01.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQK"},
			{"code":"CHO_O_HOP_PHAP","fileName":"hop-dong-thue-nha.pdf"}""";

	private int dossiers() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM req_request", Integer.class);
	}

	@Test
	void receivesADossierWithAReceiptCodeAndAWorkingDayAppointment() {
		ClockUtil.setCurrentTime(Date.from(at("2026-02-13T10:00"))); // the Friday before Tết

		ResponseEntity<JsonNode> receipt = post(intake("TAM_TRU", "HOAMINH", "048190000123", TAM_TRU_DOCUMENTS));

		assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String code = receipt.getBody().get("receiptCode").asText();
		assertThat(code).matches("HOAMINH-260213-\\d{4}");
		assertThat(receipt.getHeaders().getLocation().toString()).endsWith("/api/requests/" + code);
		assertThat(Instant.parse(receipt.getBody().get("appointmentDate").asText())).isEqualTo(at("2026-02-25T10:00"));
		assertThat(receipt.getBody().get("status").asText()).isEqualTo("RECEIVED");

		JsonNode dossier = http.withBasicAuth("thao.dtk", "demo").getForObject("/api/requests/" + code, JsonNode.class);
		assertThat(dossier.get("applicant").get("fullName").asText()).isEqualTo("Nguyễn Thị Thanh");
		assertThat(dossier.get("receivedBy").asText()).isEqualTo("thao.dtk");
		// SHA-256 of "%PDF-1.4\n", the scanned CT01 sent as Base64.
		assertThat(dossier.get("documents").findValuesAsText("sha256")).contains("e5c62df5dab5c87b6a015ef3d43597074d1eec433b15f51aec63b8582d0e4ab4");
		assertThat(dossier.get("history").get(0).get("status").asText()).isEqualTo("RECEIVED");

		assertThat(runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(code)
			.processDefinitionKey(ResidentRequestProcess.PROCESS_KEY)
			.count()).isEqualTo(1);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).taskCandidateGroup("HOAMINH.desk").count())
			.isEqualTo(1);
	}

	@Test
	void numbersReceiptsPerUnitAndDay() {
		ClockUtil.setCurrentTime(Date.from(at("2026-03-10T09:00")));

		String first = post("nhung.pt", intake("TAM_TRU", "HOAAN", "048190000123", TAM_TRU_DOCUMENTS)).getBody()
			.get("receiptCode")
			.asText();
		String second = post("nhung.pt", intake("TAM_TRU", "HOAAN", "048190000123", TAM_TRU_DOCUMENTS)).getBody()
			.get("receiptCode")
			.asText();
		String otherWard = post("yen.ht", intake("TAM_TRU", "HOAQUY", "048190000123", TAM_TRU_DOCUMENTS)).getBody()
			.get("receiptCode")
			.asText();

		assertThat(first).isEqualTo("HOAAN-260310-0001");
		assertThat(second).isEqualTo("HOAAN-260310-0002");
		assertThat(otherWard).isEqualTo("HOAQUY-260310-0001");
	}

	@Test
	void tagsIntakeInAnAfterHoursShift() {
		ClockUtil.setCurrentTime(Date.from(at("2026-03-10T18:30")));

		JsonNode receipt = post(intake("TAM_TRU", "HOAMINH", "048190000123", TAM_TRU_DOCUMENTS)).getBody();

		assertThat(receipt.get("serviceWindow").asText()).isEqualTo("AFTER_HOURS");
		// The clock starts at Wednesday's first session: three working days end Friday evening.
		assertThat(Instant.parse(receipt.get("appointmentDate").asText())).isEqualTo(at("2026-03-13T17:00"));
	}

	@Test
	void answersStayNotificationImmediately() {
		ClockUtil.setCurrentTime(Date.from(at("2026-03-10T21:15")));

		JsonNode receipt = post(intake("LUU_TRU", "HOAMINH", "048190000123", "{\"code\":\"THONG_TIN_LUU_TRU\"}"))
			.getBody();

		assertThat(Instant.parse(receipt.get("appointmentDate").asText())).isEqualTo(at("2026-03-10T21:15"));
	}

	@Test
	void showsThePublicOnlyStatusAndDates() {
		String code = post(intake("TAM_TRU", "HOAMINH", "048190000123", TAM_TRU_DOCUMENTS)).getBody()
			.get("receiptCode")
			.asText();

		HttpHeaders idLast4 = new HttpHeaders();
		idLast4.set("X-Personal-Id-Last4", "0123");
		ResponseEntity<JsonNode> lookup = http.exchange("/api/public/requests/" + code, HttpMethod.GET,
				new HttpEntity<>(idLast4), JsonNode.class);

		assertThat(lookup.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(lookup.getBody().get("status").asText()).isEqualTo("RECEIVED");
		assertThat(lookup.getBody().get("procedure").asText()).isEqualTo("Đăng ký tạm trú");
		assertThat(lookup.getBody().has("appointmentDate")).isTrue();
		assertThat(lookup.getBody().toString()).doesNotContain("Nguyễn Thị Thanh", "048190000123", "0905123456",
				"Nguyễn Tất Thành", "thao.dtk");
	}

	@Test
	void answersNotFoundForAnUnknownReceiptCode() {
		ResponseEntity<JsonNode> lookup = http.getForEntity("/api/public/requests/HOAMINH-260101-9999", JsonNode.class);

		assertThat(lookup.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(lookup.getBody().get("detail").asText()).contains("HOAMINH-260101-9999");
	}

	@Test
	void refusesBadInputAndChangesNothing() {
		int before = dossiers();
		long processes = runtime.createProcessInstanceQuery().count();

		assertRefused(post(intake("TAM_TRU", "HOAMINH", "048790000123", TAM_TRU_DOCUMENTS)), "applicant.personalId",
				"chữ số thứ 4");
		assertRefused(post(intake("TAM_TRU", "HOAMINH", "003190000123", TAM_TRU_DOCUMENTS)), "applicant.personalId",
				"mã tỉnh nơi đăng ký khai sinh");
		assertRefused(post(intake("TAM_TRU", "HOAMINH", "048299000123", TAM_TRU_DOCUMENTS)), "applicant.personalId",
				"ở tương lai");
		assertRefused(post(intake("KET_HON", "HOAMINH", "048190000123", TAM_TRU_DOCUMENTS)), "KET_HON", "TAM_TRU");
		assertRefused(post(intake("TAM_TRU", "HOAXUAN", "048190000123", TAM_TRU_DOCUMENTS)), "HOAXUAN");
		assertRefused(post(intake("TAM_TRU", "CADN-PC06", "048190000123", TAM_TRU_DOCUMENTS)), "xã, phường");
		assertRefused(post(intake("TAM_TRU", "HOAMINH", "048190000123", "{\"code\":\"CT01\"}")),
				"chứng minh chỗ ở hợp pháp", "CHO_O_HOP_PHAP");
		assertRefused(post(intake("TAM_TRU", "HOAMINH", "048190000123", TAM_TRU_DOCUMENTS + ",{\"code\":\"CC01\"}")),
				"CC01");
		assertRefused(post(intake("TAM_TRU", "HOAMINH", "048190000123",
				"{\"code\":\"CT01\",\"contentBase64\":\"not base64!\"},{\"code\":\"CHO_O_HOP_PHAP\"}")), "Base64");
		assertRefused(post("{\"procedureCode\":\"TAM_TRU\",\"channel\":\"PIGEON\",\"unitCode\":\"HOAMINH\"}"), "channel",
				"DESK");
		assertRefused(post("{\"procedureCode\":\"TAM_TRU\"}"), "channel", "applicant", "unitCode");

		ResponseEntity<JsonNode> otherWard = post(intake("TAM_TRU", "HOAAN", "048190000123", TAM_TRU_DOCUMENTS));
		assertThat(otherWard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(otherWard.getBody().get("detail").asText()).contains("Công an phường Hòa An",
				"bạn công tác tại Công an phường Hòa Minh");

		assertThat(dossiers()).isEqualTo(before);
		assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
	}

	@Test
	void showsADossierOnlyToOfficersOfItsUnitsAndAbove() {
		String code = post(intake("TAM_TRU", "HOAMINH", "048190000123", TAM_TRU_DOCUMENTS)).getBody()
			.get("receiptCode")
			.asText();

		assertThat(http.withBasicAuth("thao.dtk", "demo").getForEntity("/api/requests/" + code, JsonNode.class)
			.getStatusCode()).as("its ward").isEqualTo(HttpStatus.OK);
		assertThat(http.withBasicAuth("huong.ltt", "demo").getForEntity("/api/requests/" + code, JsonNode.class)
			.getStatusCode()).as("the city's PC06").isEqualTo(HttpStatus.OK);
		assertThat(http.withBasicAuth("khanh.dd", "demo").getForEntity("/api/requests/" + code, JsonNode.class)
			.getStatusCode()).as("the city's director").isEqualTo(HttpStatus.OK);
		ResponseEntity<JsonNode> otherWard = http.withBasicAuth("nhung.pt", "demo")
			.getForEntity("/api/requests/" + code, JsonNode.class);
		assertThat(otherWard.getStatusCode()).as("another ward").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(otherWard.getBody().get("title").asText()).isEqualTo("Ngoài phạm vi đơn vị của bạn");
		assertThat(http.withBasicAuth("trang.ltk", "demo").getForEntity("/api/requests/" + code + "/receipt.pdf",
				String.class).getStatusCode()).as("another province's PC06").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("dat.lq", "demo").getForEntity(
				"/api/requests/report?unit=CADN&from=2026-01-01&to=2026-12-31", String.class).getStatusCode())
			.as("a ward chief asking for the city's report").isEqualTo(HttpStatus.FORBIDDEN);
	}

	private static void assertRefused(ResponseEntity<JsonNode> response, String... detail) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody().toString()).contains(detail);
	}

	@Test
	void letsAnAdministratorAddAProcedureThatTheDeskCanThenReceive() {
		String procedure = """
				{"name":"Khai báo tạm vắng","timeUnit":"WORKING_DAYS","timeAmount":1,"feeVnd":0,"resultByPost":false,
				 "active":true,"documents":[{"code":"CT01","name":"Tờ khai thay đổi thông tin cư trú (mẫu CT01)","required":true}]}""";
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);

		assertThat(http.withBasicAuth("thao.dtk", "demo")
			.exchange("/api/procedures/TAM_VANG", HttpMethod.PUT, new HttpEntity<>(procedure, headers), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> invalid = http.withBasicAuth("admin", "admin")
			.exchange("/api/procedures/TAM_VANG", HttpMethod.PUT,
					new HttpEntity<>(procedure.replace("\"timeAmount\":1", "\"timeAmount\":-3"), headers), JsonNode.class);
		assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(invalid.getBody().get("errors").has("timeAmount")).isTrue();
		ResponseEntity<JsonNode> saved = http.withBasicAuth("admin", "admin")
			.exchange("/api/procedures/TAM_VANG", HttpMethod.PUT, new HttpEntity<>(procedure, headers), JsonNode.class);
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(saved.getBody().get("statutoryDuration").asText()).isEqualTo("P1D");

		ResponseEntity<JsonNode> receipt = post(intake("TAM_VANG", "HOAMINH", "048190000123", "{\"code\":\"CT01\"}"));
		assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void listsTheCatalogueWithoutSignIn() {
		JsonNode catalogue = http.getForObject("/api/public/procedures", JsonNode.class);

		assertThat(catalogue.findValuesAsText("code")).contains("THUONG_TRU", "TAM_TRU", "GIA_HAN_TAM_TRU",
				"XOA_THUONG_TRU", "XAC_NHAN_CU_TRU", "LUU_TRU", "CAN_CUOC", "DINH_DANH_MUC_2");
		assertThat(catalogue.toString()).contains("Đăng ký thường trú", "\"statutoryDuration\":\"P7D\"",
				"\"decidingRole\":\"IDENTITY_CARD_AUTHORITY\"");
	}

}
