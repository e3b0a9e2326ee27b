package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.RawHttp;
import vn.vidan.support.VidanApi;

/**
 * Guessing is locked out per client, never per tip (issue 11): another client's five wrong secrets do not lock the
 * reporter out of their own tip.
 */
@PlatformIntegrationTest
class FollowUpLockoutIntegrationTests {

	@Autowired
	TestRestTemplate http;

	private ResponseEntity<String> follow(String client, String code, String secret) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", client);
		headers.set("X-Tip-Secret", secret);
		return http.exchange("/api/public/tips/" + code, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	@Test
	void letsTheReporterInAfterAnotherClientsFailures() {
		String reporter = RawHttp.freshClient();
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", reporter);
		JsonNode tracking = http.postForEntity("/api/public/tips", VidanApi.json("""
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 3","incidentAt":"%s",
				 "description":"Tiếng ồn kéo dài về đêm","urgency":"ORDINARY"}"""
			.formatted(Instant.now().minus(1, ChronoUnit.HOURS)), headers), JsonNode.class).getBody();
		String code = tracking.get("trackingCode").asText();
		String guesser = RawHttp.freshClient();

		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(follow(guesser, code, "WRONG" + attempt).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(follow(guesser, code, tracking.get("secret").asText()).getStatusCode())
			.as("the guesser is locked out").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

		assertThat(follow(reporter, code, tracking.get("secret").asText()).getStatusCode())
			.as("the reporter is not").isEqualTo(HttpStatus.OK);
	}

}
