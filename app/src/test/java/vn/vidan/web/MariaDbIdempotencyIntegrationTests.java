package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.MariaDbIntegrationTest;

/**
 * Ten identical submissions at once with one {@code Idempotency-Key}, on MariaDB under READ COMMITTED: exactly one
 * dossier (and one tip) is made, and every answer names it, or is a 409 with {@code Retry-After} while the first is
 * still at work, after which a retry names it.
 */
@MariaDbIntegrationTest
class MariaDbIdempotencyIntegrationTests {

	private static final int CLIENTS = 10;

	private static final ExecutorService POOL = Executors.newFixedThreadPool(CLIENTS);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient client = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	@AfterAll
	static void stop() {
		POOL.shutdownNow();
	}

	private HttpRequest post(String path, String user, String key, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return request.build();
	}

	/** Sends the same request from ten clients released at the same moment. */
	private List<HttpResponse<String>> atOnce(HttpRequest request) throws Exception {
		return atOnce(java.util.Collections.nCopies(CLIENTS, request));
	}

	/** Sends each request from a client of its own, all released at the same moment. */
	private List<HttpResponse<String>> atOnce(List<HttpRequest> requests) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
		for (HttpRequest request : requests) {
			sent.add(CompletableFuture.supplyAsync(() -> {
				try {
					go.await();
					return client.send(request, HttpResponse.BodyHandlers.ofString());
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}, POOL));
		}
		go.countDown();
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> answer : sent) {
			answers.add(answer.get());
		}
		return answers;
	}

	/**
	 * Every answer is the created case, or a 409 with Retry-After that, sent again, becomes the created case: the case
	 * codes named, one per answer.
	 */
	private Set<String> named(HttpRequest request, List<HttpResponse<String>> answers, String field) throws Exception {
		List<String> codes = new ArrayList<>();
		int busy = 0;
		for (HttpResponse<String> answer : answers) {
			if (answer.statusCode() == 409) {
				busy++;
				assertThat(answer.headers().firstValue("Retry-After")).isPresent();
				assertThat(answer.body()).contains("web.idempotencyKeyInFlight");
				HttpResponse<String> retried = await().atMost(Duration.ofSeconds(30))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> client.send(request, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() != 409);
				answer = retried;
				assertThat(answer.headers().firstValue("Idempotent-Replayed")).contains("true");
			}
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
			codes.add(json.readTree(answer.body()).get(field).asText());
		}
		System.out.printf("%d identical submissions: %d answered at once, %d answered 409 and then the result%n",
				answers.size(), answers.size() - busy, busy);
		assertThat(codes).hasSize(CLIENTS);
		return codes.stream().collect(Collectors.toSet());
	}

	@Test
	void tenIdenticalDossiersAtOnceMakeOne() throws Exception {
		String personalId = IdempotencyIntegrationTests.personalId();
		HttpRequest request = post("/api/requests", "thao.dtk", UUID.randomUUID().toString(),
				IdempotencyIntegrationTests.dossier(personalId));

		Set<String> codes = named(request, atOnce(request), "receiptCode");

		assertThat(codes).hasSize(1);
		assertThat(jdbc.queryForList("SELECT receipt_code FROM req_request WHERE applicant_id = ?", String.class,
				personalId)).containsExactlyElementsOf(codes);
	}

	@Test
	void tenIdenticalPublicTipsAtOnceMakeOne() throws Exception {
		String description = "Đánh bạc tại quán nước " + UUID.randomUUID();
		HttpRequest request = post("/api/public/tips", null, UUID.randomUUID().toString(),
				IdempotencyIntegrationTests.tip(description));

		List<HttpResponse<String>> answers = atOnce(request);
		Set<String> codes = named(request, answers, "trackingCode");

		assertThat(codes).hasSize(1);
		assertThat(jdbc.queryForList("SELECT tracking_code FROM tip_report WHERE description = ?", String.class,
				description)).containsExactlyElementsOf(codes);
		Set<JsonNode> secrets = new java.util.HashSet<>();
		for (HttpResponse<String> answer : answers) {
			if (answer.statusCode() == 201) {
				secrets.add(json.readTree(answer.body()).get("secret"));
			}
		}
		assertThat(secrets).as("every answer gives the reporter the same secret").hasSize(1);
	}

	/**
	 * Ten different dossiers at once for a commune's first dossier of the day, when its receipt counter row does not
	 * exist yet: each gets a code of its own (the counter row was a deadlock between the racing inserts, a 500).
	 */
	@Test
	void tenDifferentDossiersAtOnceStartingADayGetTenCodes() throws Exception {
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		// A ward of Đà Nẵng with no dossier yet today, received by the city's director (the units under him).
		String unit = jdbc.queryForObject("SELECT code FROM org_unit WHERE unit_level = 'COMMUNE' AND parent_code = 'CADN'"
				+ " AND code NOT IN (SELECT unit_code FROM req_receipt_counter WHERE receipt_day = ?) ORDER BY code LIMIT 1",
				String.class, today);
		List<HttpRequest> requests = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			requests.add(post("/api/requests", "khanh.dd", UUID.randomUUID().toString(),
					IdempotencyIntegrationTests.dossier(IdempotencyIntegrationTests.personalId())
						.replace("\"unitCode\":\"HOAMINH\"", "\"unitCode\":\"" + unit + "\"")));
		}
		Set<String> codes = new java.util.TreeSet<>();
		for (HttpResponse<String> response : atOnce(requests)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			codes.add(json.readTree(response.body()).get("receiptCode").asText());
		}
		assertThat(codes).hasSize(CLIENTS).allMatch(code -> code.startsWith(unit + "-"));
		assertThat(codes.stream().map(code -> code.substring(code.length() - 4)).toList()).containsExactly("0001",
				"0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010");
	}

}
