package vn.vidan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vidan.support.VidanApi.json;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * A secondment grant opens a commune's cases and Camunda group to an officer and revoking it closes them; a grant
 * written by another node of a cluster (straight into the shared database) reaches this node within the recheck, and
 * so does a calendar change.
 */
@PlatformIntegrationTest
class SecondmentGrantsIntegrationTests {

	private static final String OFFICER = "hoa.nc"; // Cư Jút district police: Đắk Nia is outside his district

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecondmentGrants grants;

	VidanApi api;

	String tip;

	@BeforeEach
	void daknaTip() {
		api = new VidanApi(http);
		ResponseEntity<JsonNode> created = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"DAKNIA","incidentAddress":"Bon Sré Ú","incidentAt":"%s","description":"Trộm cà phê"}"""
			.formatted(Instant.now().minus(Duration.ofHours(1)))), JsonNode.class);
		tip = "/api/tips/" + jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class,
				created.getBody().get("trackingCode").asText());
	}

	/** Far longer than the test context's recheck (0.2 s), so only a node that never rechecks fails. */
	private static final Duration RECHECKED = Duration.ofSeconds(10);

	private String due(String deadline) {
		return api.as("thao.dtk").getForObject(deadline, JsonNode.class).get("due").asText();
	}

	private HttpStatus officerReadsTip() {
		return HttpStatus.valueOf(api.as(OFFICER).getForEntity(tip, String.class).getStatusCode().value());
	}

	private boolean inCamundaGroup(String group) {
		JsonNode groups = api.as("admin").getForObject("/engine-rest/group?member=" + OFFICER, JsonNode.class);
		return groups.findValuesAsText("id").contains(group);
	}

	@Test
	void opensTheCommuneForTheTermAndClosesItOnRevocation() {
		assertThat(officerReadsTip()).isEqualTo(HttpStatus.FORBIDDEN);

		grants.grant(OFFICER, "DAKNIA", "GRANT-TEST", Instant.now(), Instant.now().plus(Duration.ofDays(90)));
		assertThat(officerReadsTip()).isEqualTo(HttpStatus.OK);
		assertThat(inCamundaGroup("DAKNIA")).as("works the commune's inbox").isTrue();

		grants.revoke(OFFICER, "DAKNIA", "GRANT-TEST", Instant.now());
		assertThat(officerReadsTip()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(inCamundaGroup("DAKNIA")).isFalse();
		assertThat(inCamundaGroup("CUJUT")).as("keeps his own unit").isTrue();
	}

	@Test
	void seesACalendarChangeAnotherNodeMadeWithinTheRecheck() {
		String deadline = "/api/calendar/deadline?from=2027-11-04T01:00:00Z&duration=P1D&unit=HOAMINH";
		String before = due(deadline);

		// Another node declares Friday 5 November 2027 a day off and commits.
		jdbc.update("INSERT INTO cal_day (cal_date, day_kind, name) VALUES (?, 'HOLIDAY', 'Nghỉ đột xuất')",
				java.sql.Date.valueOf("2027-11-05"));
		jdbc.update("UPDATE cache_version SET version = version + 1 WHERE name = 'calendar'");

		try {
			assertThat(before).isEqualTo("2027-11-05T01:00:00Z");
			// The day off pushes the deadline to Monday once this node has rechecked (every 0.2 s in the tests).
			await().atMost(RECHECKED).untilAsserted(() -> assertThat(due(deadline)).isEqualTo("2027-11-08T01:00:00Z"));
		}
		finally {
			jdbc.update("DELETE FROM cal_day WHERE cal_date = ?", java.sql.Date.valueOf("2027-11-05"));
			jdbc.update("UPDATE cache_version SET version = version + 1 WHERE name = 'calendar'");
		}
		await().atMost(RECHECKED).untilAsserted(() -> assertThat(due(deadline)).isEqualTo("2027-11-05T01:00:00Z"));
	}

	@Test
	void seesAGrantAnotherNodeWroteWithinTheRecheck() {
		assertThat(officerReadsTip()).isEqualTo(HttpStatus.FORBIDDEN);
		String id = UUID.randomUUID().toString();

		// What another node's SecondmentGrants commits: the grant and the bumped directory version.
		jdbc.update("INSERT INTO org_secondment_grant (id, username, unit_code, wave_code, granted_at, ends_at) VALUES (?, ?, ?, ?, ?, ?)",
				id, OFFICER, "DAKNIA", "OTHER-NODE", Timestamp.from(Instant.now()),
				Timestamp.from(Instant.now().plus(Duration.ofDays(30))));
		jdbc.update("UPDATE cache_version SET version = version + 1 WHERE name = 'directory'");

		// The test context rechecks every 0.2 s (5 s by default).
		await().atMost(RECHECKED).until(this::officerReadsTip, status -> status == HttpStatus.OK);
		jdbc.update("UPDATE org_secondment_grant SET revoked_at = ? WHERE id = ?", Timestamp.from(Instant.now()), id);
		jdbc.update("UPDATE cache_version SET version = version + 1 WHERE name = 'directory'");
		await().atMost(RECHECKED).until(this::officerReadsTip, status -> status == HttpStatus.FORBIDDEN);
	}

}
