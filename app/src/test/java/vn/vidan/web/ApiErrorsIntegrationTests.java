package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Bad input gets a problem+json answer a person can act on, never a 500 or an HTML page, in the caller's language:
 * Vietnamese unless {@code Accept-Language} prefers English.
 */
@PlatformIntegrationTest
class ApiErrorsIntegrationTests {

	@Autowired
	TestRestTemplate http;

	private ResponseEntity<JsonNode> get(String user, String path) {
		return http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").getForEntity(path, JsonNode.class);
	}

	private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String... detail) {
		assertThat(response.getStatusCode()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.isTrue();
		assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
		assertThat(response.getBody().get("detail").asText()).contains(detail);
	}

	private ResponseEntity<JsonNode> get(String user, String path, String language) {
		HttpHeaders headers = new HttpHeaders();
		if (language != null) {
			headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
		}
		TestRestTemplate caller = user == null ? http : http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
		return caller.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
	}

	@Test
	void namesTheAllowedLevelsForAnUnknownOne() {
		ResponseEntity<JsonNode> response = get("thao.dtk", "/api/org/units?level=HAMLET");

		assertProblem(response, HttpStatus.BAD_REQUEST, "“level”", "COMMUNE");
		assertThat(response.getBody().get("detail").asText()).as("the value sent is not repeated").doesNotContain("HAMLET");
	}

	@Test
	void answersNotFoundForAnUnknownUnit() {
		assertProblem(get("thao.dtk", "/api/org/units/HOAXUAN"), HttpStatus.NOT_FOUND, "“HOAXUAN”");
		assertProblem(get("thao.dtk", "/api/org/units/HOAXUAN/people"), HttpStatus.NOT_FOUND, "“HOAXUAN”");
		assertProblem(get("thao.dtk", "/api/org/units?parent=HOAXUAN"), HttpStatus.NOT_FOUND, "“HOAXUAN”");
	}

	@Test
	void answersRoutingErrorsByKind() {
		assertProblem(get("thao.dtk", "/api/org/routing?unit=HOAXUAN&role=UNIT_LEADER"), HttpStatus.NOT_FOUND,
				"“HOAXUAN”");
		assertProblem(get("thao.dtk", "/api/org/routing?unit=HOAMINH&role=MAYOR"), HttpStatus.BAD_REQUEST, "“MAYOR”",
				"UNIT_LEADER");
		assertProblem(get("thao.dtk", "/api/org/routing?role=UNIT_LEADER"), HttpStatus.BAD_REQUEST, "Thiếu tham số “unit”");
		assertProblem(get("thao.dtk", "/api/org/routing?unit=HOAMINH&role=AREA_OFFICER"), HttpStatus.BAD_REQUEST,
				"cần địa chỉ");
		assertProblem(get("thao.dtk", "/api/org/routing?unit=CADNO&role=NEXT_LEVEL_LEADER"),
				HttpStatus.UNPROCESSABLE_ENTITY, "là cấp cao nhất");
	}

	@Test
	void answersNotFoundForAnUnknownPathAndOfficer() {
		assertProblem(get("thao.dtk", "/api/org/nothing-here"), HttpStatus.NOT_FOUND,
				"Không có gì ở địa chỉ /api/org/nothing-here");
		assertProblem(get("thao.dtk", "/api/org/officers/nobody"), HttpStatus.NOT_FOUND, "“nobody”");
	}

	@Test
	void answersMethodNotAllowedForAWrite() {
		ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "admin")
			.exchange("/api/org/units", HttpMethod.POST, null, JsonNode.class);

		assertProblem(response, HttpStatus.METHOD_NOT_ALLOWED, "POST", "GET");
		assertThat(response.getBody().get("title").asText()).isEqualTo("Phương thức không được hỗ trợ");
	}

	/** The same error in Vietnamese without a language, and in English when the caller asks for it. */
	@Test
	void speaksVietnameseByDefaultAndEnglishWhenAsked() {
		ResponseEntity<JsonNode> vietnamese = get("thao.dtk", "/api/org/units/HOAXUAN", null);
		ResponseEntity<JsonNode> english = get("thao.dtk", "/api/org/units/HOAXUAN", "en-US,en;q=0.9");
		ResponseEntity<JsonNode> preferred = get("thao.dtk", "/api/org/units/HOAXUAN", "fr, vi;q=0.8, en;q=0.5");

		assertProblem(vietnamese, HttpStatus.NOT_FOUND, "Không có đơn vị nào mang mã “HOAXUAN”");
		assertThat(vietnamese.getBody().get("title").asText()).isEqualTo("Không có đơn vị này");
		assertThat(vietnamese.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("vi");
		assertProblem(english, HttpStatus.NOT_FOUND, "There is no unit with code “HOAXUAN”");
		assertThat(english.getBody().get("title").asText()).isEqualTo("Unknown unit");
		assertThat(english.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		assertThat(preferred.getBody().get("title").asText()).isEqualTo("Không có đơn vị này");
		assertThat(english.getBody().get("code").asText()).isEqualTo(vietnamese.getBody().get("code").asText())
			.isEqualTo("org.unknownUnit");
	}

	@Test
	void speaksTheCallersLanguageForSpringsOwnErrorsToo() {
		assertProblem(get("thao.dtk", "/api/org/routing?role=UNIT_LEADER", "en"), HttpStatus.BAD_REQUEST,
				"Parameter “unit” is missing");
		assertProblem(get("thao.dtk", "/api/org/units?level=HAMLET", "en"), HttpStatus.BAD_REQUEST,
				"Parameter “level” is not valid: it must be one of", "COMMUNE");
		assertProblem(get("thao.dtk", "/api/org/nothing-here", "en"), HttpStatus.NOT_FOUND,
				"There is nothing at /api/org/nothing-here");
		assertProblem(get("thao.dtk", "/api/calendar/deadline?from=soon&duration=P1D", "en"), HttpStatus.BAD_REQUEST,
				"“from”", "an instant like");
		HttpHeaders english = new HttpHeaders();
		english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		ResponseEntity<JsonNode> method = http.withBasicAuth("admin", "admin")
			.exchange("/api/org/units", HttpMethod.POST, new HttpEntity<>(english), JsonNode.class);
		assertProblem(method, HttpStatus.METHOD_NOT_ALLOWED, "This address does not take POST");
		assertThat(method.getBody().get("title").asText()).isEqualTo("Method not allowed");
	}

	@Test
	void asksForSignInInTheCallersLanguage() {
		ResponseEntity<JsonNode> vietnamese = get(null, "/api/org/units", null);
		ResponseEntity<JsonNode> english = get(null, "/api/org/units", "en");

		assertProblem(vietnamese, HttpStatus.UNAUTHORIZED, "Hãy đăng nhập trước");
		assertThat(vietnamese.getBody().get("title").asText()).isEqualTo("Cần đăng nhập");
		assertProblem(english, HttpStatus.UNAUTHORIZED, "Sign in first");
		assertProblem(get(null, "/engine-rest/task", "en"), HttpStatus.UNAUTHORIZED, "Sign in first");
		assertProblem(get("thao.dtk", "/actuator/metrics", "en"), HttpStatus.FORBIDDEN, "may not do this");
	}

	/** Bodies of the wrong shape or with invalid fields: the field is named, what was typed is never repeated. */
	@Test
	void namesTheFieldButNeverRepeatsWhatWasSent() {
		HttpHeaders english = new HttpHeaders();
		english.setContentType(MediaType.APPLICATION_JSON);
		english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		HttpHeaders vietnamese = new HttpHeaders();
		vietnamese.setContentType(MediaType.APPLICATION_JSON);
		String badChannel = """
				{"procedureCode":"TAM_TRU","channel":"Nguyễn Văn Bí","unitCode":"HOAMINH"}""";
		String badApplicant = """
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":" ","personalId":"048790000123","phone":"gọi Bí 0914","address":"Tổ 1"},
				 "documents":[]}""";

		ResponseEntity<JsonNode> shape = http.withBasicAuth("thao.dtk", "demo")
			.exchange("/api/requests", HttpMethod.POST, new HttpEntity<>(badChannel, vietnamese), JsonNode.class);
		ResponseEntity<JsonNode> invalid = http.withBasicAuth("thao.dtk", "demo")
			.exchange("/api/requests", HttpMethod.POST, new HttpEntity<>(badApplicant, vietnamese), JsonNode.class);
		ResponseEntity<JsonNode> invalidEnglish = http.withBasicAuth("thao.dtk", "demo")
			.exchange("/api/requests", HttpMethod.POST, new HttpEntity<>(badApplicant, english), JsonNode.class);
		ResponseEntity<JsonNode> notJson = http.withBasicAuth("thao.dtk", "demo")
			.exchange("/api/requests", HttpMethod.POST, new HttpEntity<>("{\"channel\": Nguyễn", english),
					JsonNode.class);

		assertProblem(shape, HttpStatus.BAD_REQUEST, "Trường “channel” không đúng kiểu", "DESK");
		assertProblem(invalid, HttpStatus.BAD_REQUEST, "applicant.fullName: không được để trống",
				"applicant.personalId: chữ số thứ 4", "applicant.phone: phải là số điện thoại");
		assertThat(invalid.getBody().get("errors").has("applicant.personalId")).isTrue();
		assertProblem(invalidEnglish, HttpStatus.BAD_REQUEST, "applicant.fullName: must not be blank",
				"applicant.personalId: its 4th digit");
		assertProblem(notJson, HttpStatus.BAD_REQUEST, "not valid JSON");
		for (ResponseEntity<JsonNode> answer : List.of(shape, invalid, invalidEnglish, notJson)) {
			assertThat(answer.getBody().toString()).doesNotContain("Nguyễn", "Bí", "048790000123", "0914");
		}
	}

	@Test
	void keepsMetricsForAdministrators() {
		assertProblem(get("thao.dtk", "/actuator/metrics"), HttpStatus.FORBIDDEN, "không được làm việc này");
		assertThat(get("admin", "/actuator/metrics").getBody().get("names").toString()).contains("jvm.memory.used");
	}

	@Test
	void describesTheApiWithoutSignIn() {
		JsonNode docs = http.getForObject("/v3/api-docs", JsonNode.class);

		assertThat(docs.get("info").get("title").asText()).isEqualTo("Vidan API");
		assertThat(docs.get("paths").has("/api/org/units")).isTrue();
		assertThat(docs.get("paths").has("/api/org/routing")).isTrue();
	}

}
