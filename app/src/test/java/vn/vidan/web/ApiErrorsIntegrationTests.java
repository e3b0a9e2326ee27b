package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;

/** Bad input gets a problem+json answer a person can act on, never a 500 or an HTML page. */
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

	@Test
	void namesTheAllowedLevelsForAnUnknownOne() {
		assertProblem(get("thao.dtk", "/api/org/units?level=HAMLET"), HttpStatus.BAD_REQUEST, "'level'", "'HAMLET'",
				"COMMUNE");
	}

	@Test
	void answersNotFoundForAnUnknownUnit() {
		assertProblem(get("thao.dtk", "/api/org/units/HOAXUAN"), HttpStatus.NOT_FOUND, "'HOAXUAN'");
		assertProblem(get("thao.dtk", "/api/org/units/HOAXUAN/people"), HttpStatus.NOT_FOUND, "'HOAXUAN'");
		assertProblem(get("thao.dtk", "/api/org/units?parent=HOAXUAN"), HttpStatus.NOT_FOUND, "'HOAXUAN'");
	}

	@Test
	void answersRoutingErrorsByKind() {
		assertProblem(get("thao.dtk", "/api/org/routing?unit=HOAXUAN&role=UNIT_LEADER"), HttpStatus.NOT_FOUND,
				"'HOAXUAN'");
		assertProblem(get("thao.dtk", "/api/org/routing?unit=HOAMINH&role=MAYOR"), HttpStatus.BAD_REQUEST, "'MAYOR'",
				"UNIT_LEADER");
		assertProblem(get("thao.dtk", "/api/org/routing?role=UNIT_LEADER"), HttpStatus.BAD_REQUEST, "'unit'");
		assertProblem(get("thao.dtk", "/api/org/routing?unit=HOAMINH&role=AREA_OFFICER"), HttpStatus.BAD_REQUEST,
				"needs the address");
		assertProblem(get("thao.dtk", "/api/org/routing?unit=CADNO&role=NEXT_LEVEL_LEADER"),
				HttpStatus.UNPROCESSABLE_ENTITY, "top of the tree");
	}

	@Test
	void answersNotFoundForAnUnknownPathAndOfficer() {
		assertProblem(get("thao.dtk", "/api/org/nothing-here"), HttpStatus.NOT_FOUND, "nothing at /api/org/nothing-here");
		assertProblem(get("thao.dtk", "/api/org/officers/nobody"), HttpStatus.NOT_FOUND, "'nobody'");
	}

	@Test
	void answersMethodNotAllowedForAWrite() {
		ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "admin")
			.exchange("/api/org/units", HttpMethod.POST, null, JsonNode.class);

		assertProblem(response, HttpStatus.METHOD_NOT_ALLOWED, "POST");
	}

	@Test
	void keepsMetricsForAdministrators() {
		assertProblem(get("thao.dtk", "/actuator/metrics"), HttpStatus.FORBIDDEN, "may not");
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
