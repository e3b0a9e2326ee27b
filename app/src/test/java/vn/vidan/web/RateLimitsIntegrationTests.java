package vn.vidan.web;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.RawHttp;
import vn.vidan.support.VidanApi;

/**
 * Every public endpoint and sign-in are limited per client, counted in the database so a cluster counts together
 * (issue 11). Over the limit: 429 problem+json with Retry-After; another client is not affected. Clients are told
 * apart by X-Forwarded-For, which the tests may set because they connect from the trusted loopback proxy.
 */
@PlatformIntegrationTest
class RateLimitsIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	private static HttpHeaders from(String client) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", client);
		return headers;
	}

	private ResponseEntity<JsonNode> tip(String client) {
		return http.postForEntity("/api/public/tips", VidanApi.json("""
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 2","incidentAt":"%s",
				 "description":"Tin báo lặp lại từ một máy","urgency":"ORDINARY"}"""
			.formatted(Instant.now().minus(1, ChronoUnit.HOURS)), from(client)), JsonNode.class);
	}

	private static void assertThrottled(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody()))
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(response.getBody().get("code").asText()).isEqualTo("web.tooManyRequests");
		assertThat(Long.parseLong(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
	}

	/**
	 * Sends until the first 429 (at most {@code limit} + 3 calls, or twice the limit for a fast one, which gets some
	 * tokens back while the calls go out) and returns how many got through before it.
	 */
	private static int untilThrottled(int limit, java.util.function.Supplier<ResponseEntity<JsonNode>> call) {
		int most = limit >= 100 ? 2 * limit : limit + 3;
		for (int sent = 0; sent < most; sent++) {
			ResponseEntity<JsonNode> response = call.get();
			if (response.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
				assertThrottled(response);
				return sent;
			}
		}
		throw new AssertionError("no 429 after " + most + " calls");
	}

	@Test
	void throttlesAnAnonymousTipFloodFromOneClient() {
		String flooder = RawHttp.freshClient();

		assertThat(untilThrottled(10, () -> tip(flooder))).isEqualTo(10);

		assertThat(tip(RawHttp.freshClient()).getStatusCode()).as("another client").isEqualTo(HttpStatus.CREATED);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rate_limit_bucket", Integer.class))
			.as("counted in the database").isPositive();
	}

	@Test
	void throttlesEveryPublicEndpointPerClient() {
		String client = RawHttp.freshClient();

		int through = untilThrottled(120, () -> http.exchange("/api/public/procedures", HttpMethod.GET,
				new HttpEntity<>(from(client)), JsonNode.class));

		assertThat(through).as("120 a minute, a token back every half second").isBetween(120, 180);
		assertThat(http.exchange("/api/public/requests/HOAMINH-260101-0001", HttpMethod.GET,
				new HttpEntity<>(from(client)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void throttlesPasswordGuessingOverHttpBasicEvenForTheRightPassword() {
		String guesser = RawHttp.freshClient();

		int through = untilThrottled(20, () -> http.withBasicAuth("thao.dtk", "wrong")
			.exchange("/api/calendar/days?year=2026", HttpMethod.GET, new HttpEntity<>(from(guesser)), JsonNode.class));

		assertThat(through).isBetween(20, 21);
		assertThat(http.withBasicAuth("thao.dtk", "demo")
			.exchange("/api/calendar/days?year=2026", HttpMethod.GET, new HttpEntity<>(from(guesser)), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(http.withBasicAuth("thao.dtk", "demo")
			.exchange("/api/calendar/days?year=2026", HttpMethod.GET, new HttpEntity<>(from(RawHttp.freshClient())), JsonNode.class)
			.getStatusCode()).as("the officer at another address").isEqualTo(HttpStatus.OK);
	}

	@Test
	void throttlesTheSignInForm() {
		String guesser = RawHttp.freshClient();
		HttpHeaders form = from(guesser);
		form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

		int through = untilThrottled(20, () -> http.exchange("/login", HttpMethod.POST,
				new HttpEntity<>("username=thao.dtk&password=wrong", form), JsonNode.class));

		assertThat(through).isBetween(20, 21);
	}

}
