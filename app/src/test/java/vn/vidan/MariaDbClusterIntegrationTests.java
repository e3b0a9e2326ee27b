package vn.vidan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.MariaDbTestServer;

/**
 * Two Vidan JVMs on one MariaDB, both with the job executor running, as docker-compose.yml deploys them. Work goes
 * through both; each task is completed by both at once and only one wins; each timer job runs exactly once.
 */
class MariaDbClusterIntegrationTests {

	private static final int DOSSIERS = 6;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final List<Process> nodes = new ArrayList<>();

	private static final List<String> urls = new ArrayList<>();

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		MariaDbTestServer db = MariaDbTestServer.get();
		jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password()));
		// One after the other, as a rolling start: the first node migrates and syncs, the second finds it done.
		for (String name : List.of("node-a", "node-b")) {
			int port = freePort();
			ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx512m", "-cp", System.getProperty("java.class.path"), VidanApplication.class.getName(),
					"--server.port=" + port, "--spring.profiles.active=mariadb",
					"--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
					"--camunda.bpm.job-execution.max-wait=1000", "--vidan.requests.supplement-wait=PT0S",
					"--logging.level.root=WARN")
				.redirectErrorStream(true)
				.redirectOutput(new File("target/cluster-" + name + ".log"));
			db.profileProperties().forEach((variable, value) -> builder.environment().put(variable, value.toString()));
			nodes.add(builder.start());
			String url = "http://127.0.0.1:" + port;
			urls.add(url);
			awaitHealth(url, nodes.get(nodes.size() - 1), name);
		}
	}

	@AfterAll
	static void stopNodes() {
		nodes.forEach(Process::destroy);
	}

	@Test
	void sharesWorkBetweenNodesWithEachTaskCompletedOnceAndEachTimerRunOnce() throws Exception {
		List<String> receipts = new ArrayList<>();
		for (int i = 0; i < DOSSIERS; i++) {
			HttpResponse<String> receipt = send(urls.get(i % 2), "POST", "/api/requests", """
					{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
					 "applicant":{"fullName":"Phan Thị Lan","personalId":"048191000%03d","phone":"0905333444",
					              "address":"Tổ dân phố 15, phường Hòa Minh"},
					 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""".formatted(i));
			assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
			receipts.add(field(receipt.body(), "receiptCode"));
		}

		int completions = 0;
		for (String receipt : receipts) {
			String taskId = field(send(urls.get(0), "GET", "/engine-rest/task?processInstanceBusinessKey=" + receipt, null)
				.body(), "id");
			String incomplete = "{\"variables\":{\"" + ResidentRequestProcess.Vars.DOSSIER_COMPLETE
					+ "\":{\"value\":false,\"type\":\"Boolean\"},\"" + ResidentRequestProcess.Vars.MISSING_DOCUMENTS
					+ "\":{\"value\":\"Hợp đồng thuê nhà\",\"type\":\"String\"}}}";
			// Both nodes complete the same task at the same moment.
			List<CompletableFuture<Integer>> both = urls.stream()
				.map(url -> CompletableFuture.supplyAsync(
						() -> send(url, "POST", "/engine-rest/task/" + taskId + "/complete", incomplete).statusCode()))
				.toList();
			long wins = both.stream().map(CompletableFuture::join).filter(status -> status == 204).count();
			assertThat(wins).as("completions of the task of %s", receipt).isEqualTo(1);
			completions += wins;
		}
		assertThat(completions).isEqualTo(DOSSIERS);

		// With supplement-wait PT0S each dossier's overdue timer is due at once; both job executors race for it.
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (returned(receipts) < DOSSIERS && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		assertThat(returned(receipts)).as("dossiers returned by their timer").isEqualTo(DOSSIERS);
		for (String receipt : receipts) {
			assertThat(jdbc.queryForObject(
					"SELECT COUNT(*) FROM req_status_change WHERE receipt_code = ? AND status = 'RETURNED'", Integer.class,
					receipt)).as("returned once: %s", receipt).isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p ON a.PROC_INST_ID_ = p.ID_ "
					+ "WHERE p.BUSINESS_KEY_ = ? AND a.ACT_ID_ = ?", Integer.class, receipt,
					ResidentRequestProcess.TIMER_SUPPLEMENT_OVERDUE)).as("timer fired once: %s", receipt).isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON t.PROC_INST_ID_ = p.ID_ "
					+ "WHERE p.BUSINESS_KEY_ = ? AND t.END_TIME_ IS NOT NULL", Integer.class, receipt))
				.as("tasks completed: %s", receipt)
				.isEqualTo(1);
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL", Integer.class))
			.as("failed jobs")
			.isZero();
	}

	private static int returned(List<String> receipts) {
		int count = 0;
		for (String receipt : receipts) {
			count += jdbc.queryForObject("SELECT COUNT(*) FROM req_request WHERE receipt_code = ? AND status = 'RETURNED'",
					Integer.class, receipt);
		}
		return count;
	}

	/** One client's tips go to both nodes in turn: the nodes count them together, 10 an hour, whichever node answers. */
	@Test
	void countsOneClientsTipsOnBothNodesTogether() {
		String client = "2001:db8::c1:" + Long.toHexString(System.nanoTime() & 0xffff);
		String tip = """
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 2","incidentAt":"%s",
				 "description":"Tin báo gửi lần lượt tới hai máy chủ","urgency":"ORDINARY"}"""
			.formatted(java.time.Instant.now().minusSeconds(3600));
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i % 2) + "/api/public/tips"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", client)
				.POST(HttpRequest.BodyPublishers.ofString(tip))
				.build();
			try {
				statuses.add(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
			}
			catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		}

		assertThat(statuses.subList(0, 10)).as("five on each node").containsOnly(201);
		assertThat(statuses.subList(10, 14)).as("then refused on either node").containsOnly(429);
	}

	private static HttpResponse<String> send(String url, String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("thao.dtk:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json");
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(method + " " + url + path, e);
		}
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
		return matcher.group(1);
	}

	private static void awaitHealth(String url, Process node, String name) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(node.isAlive()).as("%s stopped: see app/target/cluster-%s.log", name, name).isTrue();
			try {
				if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
					return;
				}
			}
			catch (IOException e) {
				// still starting
			}
			Thread.sleep(1000);
		}
		throw new AssertionError(name + " did not start within 3 minutes: see app/target/cluster-" + name + ".log");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
