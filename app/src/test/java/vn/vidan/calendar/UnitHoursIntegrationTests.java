package vn.vidan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/** A unit's own office sessions and service windows through the API: read, replace, inherit, refuse bad hours. */
@PlatformIntegrationTest
class UnitHoursIntegrationTests {

	private static final String FRIDAY_4PM = "/api/calendar/deadline?from=2026-03-13T09:00:00Z&duration=PT2H&unit=QUANGTHANH";

	@Autowired
	TestRestTemplate http;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	@AfterEach
	void inheritAgain() {
		api.as("admin").exchange("/api/calendar/units/QUANGTHANH/office-sessions", HttpMethod.PUT, json("[]"), String.class);
	}

	private ResponseEntity<JsonNode> put(String user, String what, String body) {
		return api.as(user).exchange("/api/calendar/units/QUANGTHANH/" + what, HttpMethod.PUT, json(body), JsonNode.class);
	}

	/** The status and the reason ({@code code}), not just any 4xx. */
	private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
		assertThat(response.getBody().get("code").asText()).as(response.getBody().toString()).isEqualTo(code);
	}

	/** A dossier received at QUANGTHANH at this moment (Vietnam time): the service window its receipt is tagged with. */
	private JsonNode receiveAt(String localDateTime) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
		try {
			ResponseEntity<JsonNode> receipt = api.as("van.ttt").postForEntity("/api/requests", json("""
					{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"QUANGTHANH",
					 "applicant":{"fullName":"Y Bhim","personalId":"067085000321","phone":"0905111222",
					              "address":"Thôn Tân Lập, xã Quảng Thành"},
					 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}"""), JsonNode.class);
			assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
			return receipt.getBody().path("serviceWindow");
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void inheritsUntilTheUnitGetsSessionsOfItsOwnThenUsesThem() {
		JsonNode inherited = api.as("linh.htk").getForObject("/api/calendar/units/QUANGTHANH/hours", JsonNode.class);
		assertThat(inherited.get("sessionsFrom").asText()).isEqualTo("national defaults");
		assertThat(api.as("linh.htk").getForObject(FRIDAY_4PM, JsonNode.class).get("due").asText())
			.as("Friday 16:00 + 2 working hours: Monday 08:30").isEqualTo("2026-03-16T01:30:00Z");

		ResponseEntity<JsonNode> saturday = put("admin", "office-sessions", """
				[{"day":"MONDAY","start":"07:30","end":"11:30"},{"day":"MONDAY","start":"13:30","end":"17:00"},
				 {"day":"FRIDAY","start":"07:30","end":"11:30"},{"day":"FRIDAY","start":"13:30","end":"17:00"},
				 {"day":"SATURDAY","start":"07:30","end":"11:30"}]""");

		assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(saturday.getBody().get("sessionsFrom").asText()).isEqualTo("QUANGTHANH");
		assertThat(saturday.getBody().get("officeSessions")).hasSize(5);
		assertThat(api.as("linh.htk").getForObject(FRIDAY_4PM, JsonNode.class).get("due").asText())
			.as("now open on Saturday morning").isEqualTo("2026-03-14T01:30:00Z");
	}

	@Test
	void refusesOverlappingOrEmptyHoursAndNonAdministratorsChangingNothing() {
		assertRefused(put("admin", "office-sessions", "[{\"day\":\"MONDAY\",\"start\":\"07:30\",\"end\":\"11:30\"},"
				+ "{\"day\":\"MONDAY\",\"start\":\"11:00\",\"end\":\"17:00\"}]"), HttpStatus.BAD_REQUEST,
				"calendar.overlappingHours");
		assertRefused(put("admin", "office-sessions", "[{\"day\":\"MONDAY\",\"start\":\"11:30\",\"end\":\"07:30\"}]"),
				HttpStatus.BAD_REQUEST, "calendar.emptySpan");
		assertRefused(put("admin", "office-sessions", "[{\"day\":\"FUNDAY\",\"start\":\"07:30\",\"end\":\"11:30\"}]"),
				HttpStatus.BAD_REQUEST, "web.unreadableField");
		assertRefused(put("linh.htk", "office-sessions", "[]"), HttpStatus.FORBIDDEN, "security.forbidden");
		assertRefused(put("admin", "service-windows", "[{\"kind\":\"AFTER_HOURS\",\"day\":\"MONDAY\",\"start\":\"20:00\","
				+ "\"end\":\"18:00\",\"workingTime\":false}]"), HttpStatus.BAD_REQUEST, "calendar.emptySpan");
		assertRefused(api.as("admin").getForEntity("/api/calendar/units/NOWHERE/hours", JsonNode.class),
				HttpStatus.NOT_FOUND, "org.unknownUnit");

		JsonNode unchanged = api.as("admin").getForObject("/api/calendar/units/QUANGTHANH/hours", JsonNode.class);
		assertThat(unchanged.get("sessionsFrom").asText()).isEqualTo("national defaults");
	}

	@Test
	void replacesServiceWindowsWhichTagIntake() {
		ResponseEntity<JsonNode> windows = put("admin", "service-windows", """
				[{"kind":"AFTER_HOURS","day":"TUESDAY","start":"18:00","end":"20:00","workingTime":false},
				 {"kind":"WEEKEND","day":"SATURDAY","start":"08:00","end":"11:00","workingTime":false}]""");

		assertThat(windows.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(windows.getBody().get("serviceWindows")).hasSize(2);
		assertThat(windows.getBody().get("serviceWindows").get(0).get("kind").asText()).isEqualTo("AFTER_HOURS");
		assertThat(receiveAt("2027-10-05T18:30").asText()).as("Tuesday evening").isEqualTo("AFTER_HOURS");
		assertThat(receiveAt("2027-10-09T09:00").asText()).as("Saturday morning").isEqualTo("WEEKEND");
		assertThat(receiveAt("2027-10-05T09:00").isMissingNode()).as("Tuesday in office hours: no window").isTrue();
		assertThat(put("admin", "service-windows", "[]").getBody().get("serviceWindows")).isEmpty();
		assertThat(receiveAt("2027-10-12T18:30").isMissingNode()).as("no windows any more").isTrue();
	}

}
