package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;
import vn.vidan.web.FuzzClient.Answer;
import vn.vidan.web.FuzzOperations.Operation;

/**
 * Fuzzes every {@code /api} operation of the OpenAPI document and the Camunda task endpoints Vidan extends, as an
 * anonymous caller, a desk officer, a ward chief, the head of personnel and admin: first a fixed sweep, then random
 * requests from QuickTheories, which shrinks a failing one and prints its seed. Nothing may answer 5xx (a deliberate
 * 503 aside) or take longer than 10 s; no error answer may repeat the personal data planted in every body, or name
 * Java classes; and no refused request (4xx) may change case state.
 * <p>
 * A short run in the suite (the sweep and 300 random requests from a fixed seed); a long one with
 * {@code -Dvidan.fuzz.tries=20000 -Dvidan.fuzz.seed=random}. {@code -Dvidan.fuzz.seed=N} replays the run a failure
 * names; {@code -Dvidan.fuzz.survey=true} reports every finding instead of stopping at the first.
 */
@PlatformIntegrationTest
class ApiFuzzIntegrationTests {

	private static final int TRIES = Integer.getInteger("vidan.fuzz.tries", 300);

	private static final int SHRINKS = Integer.getInteger("vidan.fuzz.shrinks", 60);

	private static final boolean SURVEY = Boolean.getBoolean("vidan.fuzz.survey");

	/** The suite's run is the same every time; "random" (or another number) explores, as the long run should. */
	private static final String SEED = System.getProperty("vidan.fuzz.seed", "20261130");

	private static final String UNKNOWN_TASK = "00000000-0000-0000-0000-000000000000";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Test
	void answersEveryGeneratedRequestWithoutServerErrorsEchoesOrChanges() throws Exception {
		JsonNode document = http.getForObject("/v3/api-docs", JsonNode.class);
		ExampleBodies examples = new ExampleBodies(document);
		List<Operation> operations = new ArrayList<>(FuzzOperations.fromOpenApi(document, examples));
		assertThat(operations).as("the OpenAPI document's /api operations").hasSizeGreaterThan(40);
		operations.addAll(FuzzOperations.camundaTasks());

		FuzzInputs inputs = new FuzzInputs(operations, seeds(examples));
		FuzzClient client = new FuzzClient(port);
		FuzzInputs.USERS.forEach(client::signIn);
		CaseTables state = new CaseTables(jdbc);
		FuzzFindings findings = new FuzzFindings(SURVEY);
		long started = System.nanoTime();
		try {
			List<FuzzRequest> sweep = inputs.sweep();
			System.out.println("[vidan] fuzz: " + operations.size() + " operations, a sweep of " + sweep.size()
					+ " requests, then " + TRIES + " random ones");
			for (FuzzRequest request : sweep) {
				send(client, state, findings, request);
			}
			QuickTheory theory = qt().withExamples(TRIES).withShrinkCycles(SHRINKS);
			if (!"random".equals(SEED)) {
				theory = theory.withFixedSeed(Long.parseLong(SEED));
			}
			theory.forAll(inputs.requests()).checkAssert(request -> send(client, state, findings, request));
		}
		finally {
			System.out.println(findings.summary() + " in " + (System.nanoTime() - started) / 1_000_000_000
					+ " s (" + state.seconds() + " s of it on state checksums)");
			String details = findings.details();
			if (!details.isEmpty()) {
				System.out.println("[vidan] fuzz findings:\n" + details);
			}
		}
		assertThat(findings.count(FuzzFindings.Kind.SERVER_ERROR)).as("5xx").isZero();
		assertThat(findings.count(FuzzFindings.Kind.NO_ANSWER)).as("no answer in time").isZero();
		assertThat(findings.count(FuzzFindings.Kind.PERSONAL_DATA)).as("personal data echoed").isZero();
		assertThat(findings.count(FuzzFindings.Kind.INTERNALS)).as("Java internals named").isZero();
		assertThat(findings.count(FuzzFindings.Kind.STATE_CHANGED)).as("state changed by refused requests").isZero();
	}

	/** Sends one request; a request that may write is watched for changes to case state. */
	/** The state check is worth something only if it sees a change to a case, and no change when there is none. */
	@Test
	void theStateCheckSeesAChangedCase() {
		String code = dossier(new VidanApi(http), "thao.dtk", "HOAMINH");
		CaseTables state = new CaseTables(jdbc);
		long before = state.checksum();
		assertThat(state.checksum()).isEqualTo(before);
		String phone = jdbc.queryForObject("SELECT applicant_phone FROM req_request WHERE receipt_code = ?",
				String.class, code);
		jdbc.update("UPDATE req_request SET applicant_phone = ? WHERE receipt_code = ?", "0900000000", code);
		try {
			assertThat(state.checksum()).isNotEqualTo(before);
		}
		finally {
			jdbc.update("UPDATE req_request SET applicant_phone = ? WHERE receipt_code = ?", phone, code);
		}
		assertThat(state.checksum()).isEqualTo(before);
	}

	private static void send(FuzzClient client, CaseTables state, FuzzFindings findings, FuzzRequest request) {
		long before = request.readOnly() ? 0 : state.checksum();
		Answer answer = client.send(request);
		long after = request.readOnly() ? 0 : state.checksum();
		findings.judge(request, answer, before != after);
	}

	/**
	 * Valid values for every parameter: cases made here for the purpose (a dossier of Hòa Minh and one of Hòa An, a
	 * portal tip with its tracking code and secret, their open tasks), fixed codes, and some the fuzzer may own.
	 */
	private Map<String, List<String>> seeds(ExampleBodies examples) {
		VidanApi api = new VidanApi(http);
		String ownDossier = dossier(api, "thao.dtk", "HOAMINH");
		String otherDossier = dossier(api, "nhung.pt", "HOAAN");
		// The task endpoints work on cases of their own, which no /api call withdraws or closes.
		String taskDossier = dossier(api, "thao.dtk", "HOAMINH");
		String otherTaskDossier = dossier(api, "nhung.pt", "HOAAN");
		ResponseEntity<JsonNode> tip = api.anonymous().postForEntity("/api/public/tips", VidanApi.json("""
				{"unitCode":"HOAMINH","incidentAddress":"Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13",
				 "incidentAt":"2026-01-05T02:00:00Z","description":"Tụ tập gây rối trước cổng chợ"}"""), JsonNode.class);
		assertThat(tip.getStatusCode()).as(String.valueOf(tip.getBody())).isEqualTo(HttpStatus.CREATED);
		String trackingCode = tip.getBody().get("trackingCode").asText();
		String reference = jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class,
				trackingCode);
		List<String> taskIds = new ArrayList<>();
		for (String businessKey : List.of(taskDossier, reference, otherTaskDossier)) {
			tasks.createTaskQuery().processInstanceBusinessKey(businessKey).list().stream().map(Task::getId)
				.forEach(taskIds::add);
		}
		assertThat(taskIds).as("open tasks of the cases made for the fuzzer").hasSizeGreaterThanOrEqualTo(3);
		taskIds.add(UNKNOWN_TASK);
		api.as("admin").exchange("/api/procedures/FUZZ_PROC", HttpMethod.PUT,
				VidanApi.json(json(examples, "ProcedureChange")), String.class);
		api.as("long.ld").postForEntity("/api/secondments/waves",
				VidanApi.json(json(examples, "Plan").replace("FUZZ-W1", "FUZZ-W0")), String.class);

		Map<String, List<String>> seeds = new LinkedHashMap<>();
		seeds.put("receiptCode", List.of(ownDossier, otherDossier));
		seeds.put("reference", List.of(reference));
		seeds.put("trackingCode", List.of(trackingCode));
		seeds.put("X-Tip-Secret", List.of(tip.getBody().get("secret").asText()));
		String applicantId = jdbc.queryForObject("SELECT applicant_id FROM req_request WHERE receipt_code = ?",
				String.class, ownDossier);
		seeds.put("X-Personal-Id-Last4", List.of(applicantId.substring(applicantId.length() - 4), "0000"));
		seeds.put("cases", List.of("10", "1000"));
		seeds.put("batchId", List.of("no-such-batch"));
		seeds.put("Idempotency-Key", List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
		seeds.put("taskId", taskIds);
		seeds.put("secondments.code", List.of("FUZZ-W0", "FUZZ-W1"));
		seeds.put("org.code", List.of("HOAMINH", "CADN"));
		seeds.put("procedures.code", List.of("FUZZ_PROC"));
		seeds.put("path.unit", List.of("THANHKHETAY"));
		seeds.put("path.date", List.of("2097-05-05", "2097-05-06"));
		seeds.put("username", List.of("son.nv", "thao.dtk"));
		seeds.put("id", List.of("1"));
		seeds.put("attachmentId", List.of("1"));
		seeds.put("unit", List.of("HOAMINH", "HOAAN"));
		seeds.put("from.date", List.of("2026-01-01"));
		seeds.put("to.date", List.of("2026-12-31"));
		seeds.put("from", List.of("2026-02-13T03:00:00Z"));
		seeds.put("duration", List.of("P3D", "PT4H"));
		seeds.put("year", List.of("2026"));
		seeds.put("level", List.of("COMMUNE", "PROVINCE"));
		seeds.put("parent", List.of("CADN"));
		seeds.put("role", List.of("UNIT_LEADER", "AREA_OFFICER"));
		seeds.put("address", List.of(FuzzClient.encode("Tổ dân phố 1")));
		seeds.put("actor", List.of("thao.dtk"));
		return seeds;
	}

	private static String dossier(VidanApi api, String officer, String unit) {
		ResponseEntity<JsonNode> receipt = api.as(officer).postForEntity("/api/requests", VidanApi.json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"%s",
				 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
				              "address":"Tổ dân phố 1"},
				 "documents":[{"code":"CT01","fileName":"ct01.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQK"},
				              {"code":"CHO_O_HOP_PHAP","fileName":"hop-dong-thue-nha.pdf"}]}""".formatted(unit)),
				JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	private static String json(ExampleBodies examples, String schema) {
		ObjectNode ref = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + schema);
		return examples.bodies(ref).get(0).toString();
	}

}
