package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;

/**
 * Inputs that drive computation are bounded before any work starts (issue 11): a deadline thousands of years away, a
 * duration past any calendar, dates and years outside 1900-2199 are a 400 naming the limit, answered at once, never
 * a 500 or a request that holds a core for hours.
 */
@PlatformIntegrationTest
class BoundedInputIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RestTemplateBuilder builder;

	@Autowired
	TestRestTemplate http;

	/** A client that gives up after 20 s, so a request that would run for hours fails the test instead of hanging it. */
	private ResponseEntity<JsonNode> get(String user, String path) {
		TestRestTemplate patient = new TestRestTemplate(builder.rootUri("http://localhost:" + port)
			.connectTimeout(Duration.ofSeconds(5))
			.readTimeout(Duration.ofSeconds(20)));
		// A URI, not a template: "%2B" reaches the server as "+", as a browser or curl sends it.
		return patient.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo")
			.getForEntity(URI.create("http://localhost:" + port + path), JsonNode.class);
	}

	private static void assertRefused(ResponseEntity<JsonNode> response, String code, String... named) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("code").asText()).isEqualTo(code);
		assertThat(response.getBody().get("detail").asText()).contains(named);
	}

	@Test
	void refusesADeadlineFurtherThanTheCalendarReaches() {
		assertRefused(get("thao.dtk", "/api/calendar/deadline?from=2026-02-13T03:00:00Z&duration=P365000000000D"),
				"calendar.durationTooLong", "3.650 ngày làm việc");
		assertRefused(get("thao.dtk", "/api/calendar/deadline?from=2026-02-13T03:00:00Z&duration=PT99999999H"),
				"calendar.durationTooLong", "3.650 ngày làm việc");
		assertThat(get("thao.dtk", "/api/calendar/deadline?from=2026-02-13T03:00:00Z&duration=P3D").getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void refusesDatesOutsideTheYearsVidanKnows() {
		assertRefused(get("thao.dtk", "/api/calendar/deadline?from=%2B99999-12-31T00:00:00Z&duration=P1D"),
				"web.dateOutOfRange", "1900", "2199");
		assertRefused(get("admin", "/api/audit?from=2026-01-01&to=%2B999999999-12-31"), "web.dateOutOfRange", "to",
				"2199");
		assertRefused(get("khanh.dd", "/api/requests/report?unit=CADN&from=2026-01-01&to=%2B999999999-12-31"),
				"web.dateOutOfRange", "to");
		assertRefused(get("khanh.dd", "/api/tips/report?unit=CADN&from=-999999999-01-01&to=2026-01-01"),
				"web.dateOutOfRange", "from");
		assertRefused(get("thao.dtk", "/api/calendar/days?year=1000000000"), "web.dateOutOfRange", "year");
		assertThat(get("thao.dtk", "/api/calendar/days?year=2026").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
