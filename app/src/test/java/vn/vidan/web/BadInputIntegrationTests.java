package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Bad bodies found by probing the API as a hostile user would (issue 11): a key given twice, {@code null} inside a
 * list, a document code given twice, bodies whose wrong parts carry personal data. Each is a 400 problem+json that
 * names what is wrong (its {@code code}), changes nothing, and never repeats what was sent.
 */
@PlatformIntegrationTest
class BadInputIntegrationTests {

	/** Personal values no answer may repeat. */
	static final String NAME = "Nguyễn Văn Qzxbipt";

	static final String ID = "048790456123";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String body) {
		TestRestTemplate caller = user == null ? api.anonymous() : api.as(user);
		return caller.exchange(path, method, json(body), JsonNode.class);
	}

	private static JsonNode refused(ResponseEntity<JsonNode> response, String code) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody().get("code").asText()).as(response.getBody().toString()).isEqualTo(code);
		assertThat(response.getBody().toString()).doesNotContain(NAME, "Qzxbipt", ID, "java.", "com.fasterxml", "vn.vidan");
		return response.getBody();
	}

	private int dossiersOf(String personalId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM req_request WHERE applicant_id = ?",
				Integer.class, personalId);
	}

	private static String intake(String applicant, String documents) {
		return """
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{%s},"documents":[%s]}""".formatted(applicant, documents);
	}

	private static final String APPLICANT = "\"fullName\":\"" + NAME + "\",\"personalId\":\"" + ID
			+ "\",\"phone\":\"0905111222\",\"address\":\"12 Lê Lợi, Tổ dân phố 2\"";

	@Test
	void refusesAKeyGivenTwice() {
		refused(send("thao.dtk", HttpMethod.POST, "/api/requests",
				intake(APPLICANT + ",\"fullName\":\"Trần Văn Bình\"", "{\"code\":\"CT01\"}")), "web.duplicateKey");
		refused(send("thao.dtk", HttpMethod.POST, "/api/requests",
				intake(APPLICANT, "{\"code\":\"CT01\"}").replace("\"channel\":\"DESK\"",
						"\"channel\":\"DESK\",\"channel\":\"ONLINE\"")), "web.duplicateKey");
		refused(send(null, HttpMethod.POST, "/api/public/tips", """
				{"unitCode":"HOAMINH","unitCode":"HOAAN","incidentAddress":"Tổ dân phố 13",
				 "incidentAt":"2026-02-13T03:00:00Z","description":"Tụ tập gây rối"}"""), "web.duplicateKey");
		assertThat(dossiersOf(ID)).isZero();
	}

	@Test
	void refusesNullInsideAListNamingTheField() {
		JsonNode sessions = refused(send("admin", HttpMethod.PUT, "/api/calendar/units/EAPO/office-sessions",
				"[{\"day\":\"MONDAY\",\"start\":\"07:30\",\"end\":\"11:30\"},null]"), "web.invalidInput");
		assertThat(sessions.get("detail").asText()).contains("sessions");
		JsonNode windows = refused(send("admin", HttpMethod.PUT, "/api/calendar/units/EAPO/service-windows", "[null]"),
				"web.invalidInput");
		assertThat(windows.get("detail").asText()).contains("windows");
		JsonNode documents = refused(send("admin", HttpMethod.PUT, "/api/procedures/NULL_DOCS", """
				{"name":"Thủ tục thử","timeUnit":"WORKING_DAYS","timeAmount":3,"feeVnd":0,"resultByPost":false,
				 "active":false,"documents":[null]}"""), "web.invalidInput");
		assertThat(documents.get("errors").fieldNames()).toIterable().anyMatch(field -> field.startsWith("documents"));
		JsonNode communes = refused(send("diep.lt", HttpMethod.POST, "/api/secondments/waves", """
				{"code":"NULLS-1","name":"Đợt thử","provinceCode":"CADNO","startDate":"2026-07-01",
				 "endDate":"2026-09-30","reportEvery":"P1M","communes":[null],
				 "sources":[null,{"unitCode":"CUJUT","nominationDue":"2026-06-12T17:00:00+07:00"}]}"""),
				"web.invalidInput");
		assertThat(communes.get("errors").fieldNames()).toIterable()
			.anyMatch(field -> field.startsWith("communes"))
			.anyMatch(field -> field.startsWith("sources"));
		JsonNode focus = refused(send("diep.lt", HttpMethod.POST, "/api/secondments/waves", """
				{"code":"NULLS-2","name":"Đợt thử","provinceCode":"CADNO","startDate":"2026-07-01",
				 "endDate":"2026-09-30","reportEvery":"P1M",
				 "communes":[{"unitCode":"DAKNIA","quota":1,"focus":[null]}],
				 "sources":[{"unitCode":"CUJUT","nominationDue":"2026-06-12T17:00:00+07:00"}]}"""), "web.invalidInput");
		assertThat(focus.get("errors").fieldNames()).toIterable().anyMatch(field -> field.startsWith("communes[0].focus"));
		refused(send("thao.dtk", HttpMethod.POST, "/api/requests", intake(APPLICANT, "null")), "web.invalidInput");
		refused(send(null, HttpMethod.POST, "/api/public/tips", """
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 13","incidentAt":"2026-02-13T03:00:00Z",
				 "description":"Tụ tập gây rối","attachments":[null]}"""), "web.invalidInput");
		assertThat(api.as("admin").getForObject("/api/calendar/units/EAPO/hours", JsonNode.class).get("serviceWindows"))
			.isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM req_procedure WHERE code = 'NULL_DOCS'", Integer.class))
			.isZero();
		assertThat(dossiersOf(ID)).isZero();
	}

	@Test
	void refusesADocumentCodeGivenTwiceInAProcedure() {
		JsonNode twice = refused(send("admin", HttpMethod.PUT, "/api/procedures/TWICE_DOCS", """
				{"name":"Thủ tục thử","timeUnit":"WORKING_DAYS","timeAmount":3,"feeVnd":0,"resultByPost":false,
				 "active":false,"documents":[{"code":"CT01","name":"Tờ khai","required":true},
				                             {"code":"CT01","name":"Tờ khai lần nữa","required":false}]}"""),
				"request.documentTwice");
		assertThat(twice.get("detail").asText()).contains("CT01");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM req_procedure WHERE code = 'TWICE_DOCS'", Integer.class))
			.isZero();
	}

	/** Wrong types, malformed JSON and invalid values around personal data: the field is named, the data is not. */
	@Test
	void neverRepeatsPersonalDataOrInternalNames() {
		String tip = """
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 13","incidentAt":"2026-02-13T03:00:00Z",
				 "description":"Tụ tập gây rối","reporter":%s}""";
		refused(send(null, HttpMethod.POST, "/api/public/tips",
				tip.formatted("{\"fullName\":\"" + NAME + "\",\"idNumber\":\"" + ID + "\",\"phone\":[\"" + NAME + "\"]}")),
				"web.unreadableField");
		refused(send(null, HttpMethod.POST, "/api/public/tips",
				tip.formatted("\"" + NAME + " " + ID + "\"")), "web.unreadableField");
		refused(send(null, HttpMethod.POST, "/api/public/tips",
				tip.formatted("{\"fullName\":\"" + NAME + "\",\"idNumber\":\"" + ID + "x\"}")), "web.invalidInput");
		refused(send(null, HttpMethod.POST, "/api/public/tips",
				tip.formatted("{\"fullName\":\"" + NAME + "\",\"idNumber\":" + ID + "}").replace("}}", "")),
				"web.notJson");
		refused(send(null, HttpMethod.POST, "/api/public/tips",
				tip.formatted("{\"fullName\":\"" + NAME + "\",\"idNumber\":\"" + ID + "\u0000\"}")), "web.notJson");
		refused(send("thao.dtk", HttpMethod.POST, "/api/requests",
				intake("\"fullName\":\"" + NAME + "\",\"personalId\":\"" + ID.replace("048", "999")
						+ "\",\"phone\":\"0905111222\",\"address\":\"Tổ 2\"", "")),
				"web.invalidInput");
		refused(send("thao.dtk", HttpMethod.POST, "/api/requests",
				intake(APPLICANT.replace("\"0905111222\"", "\"" + NAME + "\""), "")), "web.invalidInput");
		refused(send("thao.dtk", HttpMethod.POST, "/api/requests",
				intake(APPLICANT.replace("\"0905111222\"", "{\"" + ID + "\":1}"), "")), "web.unreadableField");
		refused(send("thao.dtk", HttpMethod.POST, "/api/requests",
				intake(APPLICANT, "").replace("\"DESK\"", "\"" + NAME + "\"")), "web.unreadableField");
		assertThat(dossiersOf(ID)).isZero();
	}

	@Test
	void refusesAKeyGivenTwiceOnCamundasTaskEndpointsVidanReads() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		ResponseEntity<JsonNode> task = send("admin", HttpMethod.POST, "/engine-rest/task/create",
				"{\"id\":\"dup-" + unique + "\",\"name\":\"Thử\"}");
		assertThat(task.getStatusCode().is2xxSuccessful()).as(String.valueOf(task.getBody())).isTrue();

		refused(send("admin", HttpMethod.POST, "/engine-rest/task/dup-" + unique + "/complete",
				"{\"variables\":{},\"variables\":{}}"), "web.duplicateKey");
		refused(send("admin", HttpMethod.POST, "/engine-rest/task/dup-" + unique + "/assignee",
				"{\"userId\":\"thao.dtk\",\"userId\":\"nhung.pt\"}"), "web.duplicateKey");
		assertThat(api.as("admin").getForObject("/engine-rest/task/dup-" + unique, JsonNode.class).path("assignee").isNull())
			.isTrue();
		api.as("admin").delete("/engine-rest/task/dup-" + unique);
	}

	/** Strings and lists are bounded before any work starts: a 400 that names the limit, nothing stored. */
	@Test
	void refusesOverlongStringsAndListsNamingTheLimit() {
		String huge = "HOAMINH".repeat(20_000);
		JsonNode unit = refused(send("thao.dtk", HttpMethod.POST, "/api/requests",
				intake(APPLICANT, "{\"code\":\"CT01\"}").replace("\"unitCode\":\"HOAMINH\"",
						"\"unitCode\":\"" + huge + "\"")), "web.invalidInput");
		assertThat(unit.get("errors").get("unitCode").asText()).contains("32");
		assertThat(unit.toString()).doesNotContain(huge);
		JsonNode tip = refused(send(null, HttpMethod.POST, "/api/public/tips", """
				{"unitCode":"%s","incidentAddress":"Tổ dân phố 13","incidentAt":"2026-02-13T03:00:00Z",
				 "description":"Tụ tập gây rối"}""".formatted(huge)), "web.invalidInput");
		assertThat(tip.get("errors").get("unitCode").asText()).contains("32");
		JsonNode nominee = refused(send("son.hq", HttpMethod.POST, "/api/secondments/waves/NO-SUCH-WAVE/nominations",
				"{\"username\":\"" + huge + "\"}"), "web.invalidInput");
		assertThat(nominee.get("errors").get("username").asText()).contains("64");
		StringBuilder sessions = new StringBuilder("[");
		for (int i = 0; i < 51; i++) {
			sessions.append(i == 0 ? "" : ",").append("{\"day\":\"MONDAY\",\"start\":\"07:30\",\"end\":\"07:31\"}");
		}
		JsonNode tooMany = refused(send("admin", HttpMethod.PUT, "/api/calendar/units/EAPO/office-sessions",
				sessions.append("]").toString()), "web.invalidInput");
		assertThat(tooMany.get("detail").asText()).contains("50");
		assertThat(dossiersOf(ID)).isZero();
	}

}
