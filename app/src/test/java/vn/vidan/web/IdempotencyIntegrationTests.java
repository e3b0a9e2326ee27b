package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
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
import vn.vidan.support.VidanApi;

/**
 * Idempotent intake (issue 11): ten identical submissions used to make ten dossiers and ten tips, and
 * {@code Idempotency-Key} was ignored. A retry with the same key and body now gets the first answer back; the same key
 * with another body is refused; keys belong to their caller and expire.
 */
@PlatformIntegrationTest
class IdempotencyIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdempotentRequests store;

	@Autowired
	IdempotencyFilter filter;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	/** An hour ago, the same in every body of the run, so a retry sends what the first submission sent. */
	private static final OffsetDateTime INCIDENT = OffsetDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS);

	static String personalId() {
		return "048190" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
	}

	static String dossier(String personalId) {
		return """
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"%s","phone":"0905123456",
				              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
				 "documents":[{"code":"CT01","fileName":"ct01.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQK"},
				              {"code":"CHO_O_HOP_PHAP","fileName":"hop-dong-thue-nha.pdf"}]}""".formatted(personalId);
	}

	static String tip(String description) {
		return """
				{"unitCode":"HOAMINH","incidentAddress":"Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13",
				 "incidentAt":"%s","description":"%s","urgency":"ORDINARY"}""".formatted(INCIDENT, description);
	}

	static HttpEntity<String> keyed(String key, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			headers.set("Idempotency-Key", key);
		}
		return new HttpEntity<>(body, headers);
	}

	private int dossiersOf(String personalId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM req_request WHERE applicant_id = ?", Integer.class, personalId);
	}

	private int tipsDescribed(String description) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM tip_report WHERE description = ?", Integer.class, description);
	}

	private ResponseEntity<String> receive(String officer, String key, String body) {
		return api.as(officer).postForEntity("/api/requests", keyed(key, body), String.class);
	}

	@Test
	void aRetryOfADossierWithTheSameKeyGetsTheFirstReceipt() {
		String id = personalId();
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> first = receive("thao.dtk", key, dossier(id));
		ResponseEntity<String> retry = receive("thao.dtk", key, dossier(id));

		assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getBody()).isEqualTo(first.getBody());
		assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(retry.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
		assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(dossiersOf(id)).isOne();

		// Without a key every submission is a new dossier, as before.
		receive("thao.dtk", null, dossier(id));
		assertThat(dossiersOf(id)).isEqualTo(2);
	}

	@Test
	void aRetryOfAPublicTipGetsTheSameTrackingCodeAndASecretThatWorks() {
		String description = "Tụ tập gây rối " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();

		ResponseEntity<JsonNode> first = api.anonymous().postForEntity("/api/public/tips", keyed(key, tip(description)),
				JsonNode.class);
		ResponseEntity<JsonNode> retry = api.anonymous().postForEntity("/api/public/tips", keyed(key, tip(description)),
				JsonNode.class);

		assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getBody()).isEqualTo(first.getBody());
		assertThat(tipsDescribed(description)).isOne();

		// The reporter whose first answer was lost follows the tip with what the retry gave them.
		HttpHeaders secret = new HttpHeaders();
		secret.set("X-Tip-Secret", retry.getBody().get("secret").asText());
		ResponseEntity<JsonNode> status = api.anonymous().exchange(
				"/api/public/tips/" + retry.getBody().get("trackingCode").asText(), HttpMethod.GET,
				new HttpEntity<>(secret), JsonNode.class);
		assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aRetryOfAnOfficersTipGetsTheSameReference() {
		String description = "Trộm cắp xe máy " + UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		String body = tip(description).replaceFirst("\\{", "{\"channel\":\"PHONE\",");

		ResponseEntity<JsonNode> first = api.as("thao.dtk").postForEntity("/api/tips", keyed(key, body), JsonNode.class);
		ResponseEntity<JsonNode> retry = api.as("thao.dtk").postForEntity("/api/tips", keyed(key, body), JsonNode.class);

		assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(retry.getBody()).isEqualTo(first.getBody());
		assertThat(tipsDescribed(description)).isOne();
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
		String id = personalId();
		String other = personalId();
		String key = UUID.randomUUID().toString();
		assertThat(receive("thao.dtk", key, dossier(id)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<JsonNode> refused = api.as("thao.dtk")
			.postForEntity("/api/requests", keyed(key, dossier(other)), JsonNode.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(refused.getBody().get("code").asText()).isEqualTo("web.idempotencyKeyReused");
		assertThat(refused.getBody().toString()).doesNotContain(other).doesNotContain(key);
		assertThat(dossiersOf(other)).isZero();

		// Another endpoint with the same key is another request too.
		ResponseEntity<JsonNode> elsewhere = api.as("thao.dtk")
			.postForEntity("/api/tips", keyed(key, tip("Khác " + UUID.randomUUID()).replaceFirst("\\{",
					"{\"channel\":\"PHONE\",")), JsonNode.class);
		assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
	}

	@Test
	void keysBelongToTheirCaller() {
		String id = personalId();
		String key = UUID.randomUUID().toString();

		ResponseEntity<JsonNode> thao = api.as("thao.dtk").postForEntity("/api/requests", keyed(key, dossier(id)),
				JsonNode.class);
		ResponseEntity<JsonNode> mai = api.as("mai.ltn").postForEntity("/api/requests", keyed(key, dossier(id)),
				JsonNode.class);

		assertThat(thao.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(mai.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(mai.getHeaders().getFirst("Idempotent-Replayed")).isNull();
		assertThat(mai.getBody().get("receiptCode")).isNotEqualTo(thao.getBody().get("receiptCode"));
		assertThat(dossiersOf(id)).isEqualTo(2);
	}

	@Test
	void aRefusedRequestDoesNotUseUpItsKey() {
		String id = personalId();
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> refused = receive("thao.dtk", key, dossier(id).replace("\"TAM_TRU\"", "\"KHONG_CO\""));
		assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();

		ResponseEntity<String> corrected = receive("thao.dtk", key, dossier(id));
		assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(dossiersOf(id)).isOne();
	}

	@Test
	void aRetryWhileTheFirstIsStillRunningIsAConflictAndTakesOverOnceItsLeaseRunsOut() {
		String id = personalId();
		String key = UUID.randomUUID().toString();
		// As the first request looks while at work (or after its node died): its key claimed, no answer, no dossier.
		IdempotentRequests.Key claimed = new IdempotentRequests.Key("thao.dtk", key);
		Instant now = Instant.now();
		jdbc.update("INSERT INTO web_idempotent_request (id, fingerprint, state, owner, locked_until, created_at,"
				+ " expires_at) VALUES (?, ?, 'PENDING', ?, ?, ?, ?)", claimed.id(),
				claimed.fingerprint("POST", "/api/requests", dossier(id).getBytes(StandardCharsets.UTF_8)),
				UUID.randomUUID().toString(), Timestamp.from(now.plusSeconds(60)), Timestamp.from(now),
				Timestamp.from(now.plus(Duration.ofHours(24))));

		ResponseEntity<JsonNode> busy = api.as("thao.dtk").postForEntity("/api/requests", keyed(key, dossier(id)),
				JsonNode.class);

		assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(busy.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(busy.getBody().get("code").asText()).isEqualTo("web.idempotencyKeyInFlight");
		assertThat(dossiersOf(id)).isZero();

		// Its lease runs out without an answer: the node that took it is gone, and a retry does the work, once.
		jdbc.update("UPDATE web_idempotent_request SET locked_until = ? WHERE id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), claimed.id());
		ResponseEntity<String> taken = receive("thao.dtk", key, dossier(id));
		ResponseEntity<String> again = receive("thao.dtk", key, dossier(id));
		assertThat(taken.getStatusCode()).as(taken.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getBody()).isEqualTo(taken.getBody());
		assertThat(dossiersOf(id)).isOne();
	}

	@Test
	void keysExpireAndExpiredOnesAreRemoved() {
		String id = personalId();
		String key = UUID.randomUUID().toString();
		ResponseEntity<JsonNode> first = api.as("thao.dtk").postForEntity("/api/requests", keyed(key, dossier(id)),
				JsonNode.class);
		String row = IdempotentRequests.rowId("thao.dtk", key);
		jdbc.update("UPDATE web_idempotent_request SET expires_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), row);

		ResponseEntity<JsonNode> later = api.as("thao.dtk").postForEntity("/api/requests", keyed(key, dossier(id)),
				JsonNode.class);
		assertThat(later.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(later.getHeaders().getFirst("Idempotent-Replayed")).isNull();
		assertThat(later.getBody().get("receiptCode")).isNotEqualTo(first.getBody().get("receiptCode"));
		assertThat(dossiersOf(id)).isEqualTo(2);

		jdbc.update("UPDATE web_idempotent_request SET expires_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), row);
		store.removeExpired();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM web_idempotent_request WHERE expires_at < ?",
				Integer.class, Timestamp.from(Instant.now()))).isZero();
	}

	@Test
	void aKeyThatIsNoKeyIsRefused() {
		ResponseEntity<JsonNode> refused = api.as("thao.dtk")
			.postForEntity("/api/requests", keyed("x".repeat(300), dossier(personalId())), JsonNode.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().get("code").asText()).isEqualTo("web.idempotencyKeyInvalid");
	}

	@Test
	void everyPostThatCreatesSomethingTakesAKey() {
		assertThat(filter.routes()).containsExactlyInAnyOrder("POST /api/requests",
				"POST /api/requests/{receiptCode}/supplement", "POST /api/public/requests/{receiptCode}/rating",
				"POST /api/public/requests/{receiptCode}/supplement", "POST /api/public/tips",
				"POST /api/public/tips/{trackingCode}/answers", "POST /api/tips", "POST /api/tips/{reference}/attachments",
				"POST /api/tips/{reference}/questions", "POST /api/secondments/waves",
				"POST /api/secondments/waves/{code}/nominations");

		JsonNode operation = api.as("thao.dtk").getForObject("/v3/api-docs", JsonNode.class)
			.get("paths").get("/api/public/tips").get("post");
		assertThat(operation.get("parameters").findValuesAsText("name")).contains("Idempotency-Key");
	}

}
