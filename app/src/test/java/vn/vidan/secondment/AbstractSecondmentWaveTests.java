package vn.vidan.secondment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.secondment.SecondmentTermProcess;
import vn.vidan.processes.secondment.SecondmentWaveProcess;
import vn.vidan.support.VidanApi;

/**
 * A whole wave through the REST API, worked by the people the directory routes it to, on a fake clock: Đắk Nông's
 * personnel department plans 3 places in Đắk Nia and Tâm Thắng, the director's deputy approves, three source units
 * nominate four officers, the matcher proposes, personnel adjusts and confirms, Cư Jút refuses one release and a
 * replacement is released instead, the decision is signed, the officers arrive (and can then work the commune's
 * cases), report monthly, the commune chiefs confirm, access ends with the term, the commune chief and chairman
 * evaluate, a commendation is approved, and the summary's totals equal the sums of the confirmed reports.
 */
abstract class AbstractSecondmentWaveTests {

	private static final AtomicInteger WAVES = new AtomicInteger();

	static final String PERSONNEL = "diep.lt";

	static final String DIRECTOR = "viet.pt";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
		clock("2026-06-01T01:00:00Z");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static void clock(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	static String plan(String code) {
		return """
				{"code":"%s","name":"Đợt 1 năm 2026 - Tôi làm Công an xã","provinceCode":"CADNO",
				 "startDate":"2026-07-01","endDate":"2026-09-30","reportEvery":"P1M",
				 "communes":[{"unitCode":"DAKNIA","quota":2,"focus":["POPULATION_DATA","ID_CARD_CAMPAIGN"]},
				             {"unitCode":"TAMTHANG","quota":1,"focus":["PATROL_TRAFFIC"]}],
				 "sources":[{"unitCode":"CADNO-PC06","nominationDue":"2026-06-10T17:00:00+07:00"},
				            {"unitCode":"CADNO-PC08","nominationDue":"2026-06-10T17:00:00+07:00"},
				            {"unitCode":"CUJUT","nominationDue":"2026-06-12T17:00:00+07:00"}]}""".formatted(code);
	}

	JsonNode wave(String code) {
		return api.as(PERSONNEL).getForObject("/api/secondments/waves/" + code, JsonNode.class);
	}

	/** The one open task at this key in this wave (or its terms) that the user can see. */
	void completeAll(String user, String taskKey, String variables) {
		JsonNode tasks = api.as(user).getForObject("/engine-rest/task?taskDefinitionKey=" + taskKey, JsonNode.class);
		assertThat(tasks).as("%s sees %s", user, taskKey).isNotEmpty();
		for (JsonNode task : tasks) {
			ResponseEntity<String> done = api.as(user).postForEntity(
					"/engine-rest/task/" + task.get("id").asText() + "/complete",
					json("{\"variables\":{" + variables + "}}"), String.class);
			assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		}
	}

	/** Runs every due job of the term process at this activity, with the clock moved to when they fall due. */
	int runTermJobs(String activityId) {
		List<Job> jobs = management.createJobQuery()
			.processDefinitionKey(SecondmentTermProcess.PROCESS_KEY)
			.activityId(activityId)
			.list();
		for (Job job : jobs) {
			if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
				ClockUtil.setCurrentTime(job.getDuedate());
			}
			management.executeJob(job.getId());
		}
		return jobs.size();
	}

	List<String> groupsOf(String user) {
		JsonNode groups = api.as("admin").getForObject("/engine-rest/group?member=" + user, JsonNode.class);
		List<String> ids = new ArrayList<>();
		groups.forEach(group -> ids.add(group.get("id").asText()));
		return ids;
	}

	@Test
	void runsAWholeWaveFromPlanToSummary() throws Exception {
		String code = "TLCAX-2026-" + WAVES.incrementAndGet() + getClass().getSimpleName().substring(0, 2).toUpperCase();
		ResponseEntity<JsonNode> drafted = api.as(PERSONNEL).postForEntity("/api/secondments/waves", json(plan(code)),
				JsonNode.class);
		assertThat(drafted.getStatusCode()).as(String.valueOf(drafted.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(drafted.getBody().get("statusLabel").asText()).isEqualTo("Chờ duyệt kế hoạch");

		completeAll(DIRECTOR, SecondmentWaveProcess.TASK_APPROVE_WAVE_PLAN, text("approved", "true"));
		assertThat(wave(code).get("status").asText()).isEqualTo("NOMINATING");

		ResponseEntity<String> outsider = api.as("nhung.pt").postForEntity(
				"/api/secondments/waves/" + code + "/nominations", json("{\"username\":\"trang.ltk\"}"), String.class);
		assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		Map<String, String> heads = Map.of("trang.ltk", "son.hq", "thanh.lh", "kien.dt", "hoa.nc", "kien.bd",
				"phuc.ld", "kien.bd");
		heads.forEach((officer, head) -> {
			ResponseEntity<String> nominated = api.as(head).postForEntity(
					"/api/secondments/waves/" + code + "/nominations", json("{\"username\":\"" + officer + "\"}"),
					String.class);
			assertThat(nominated.getStatusCode()).as(nominated.getBody()).isEqualTo(HttpStatus.CREATED);
		});
		for (String head : List.of("son.hq", "kien.dt", "kien.bd")) {
			completeAll(head, SecondmentWaveProcess.TASK_NOMINATE_OFFICERS, text("nominationNote", "Đã cử"));
		}

		JsonNode proposed = wave(code);
		assertThat(proposed.get("status").asText()).isEqualTo("PROPOSED");
		assertThat(proposed.get("assignments")).hasSize(3);
		JsonNode trang = find(proposed.get("assignments"), "trang.ltk");
		assertThat(trang.get("communeCode").asText()).as("ID and data skills fit Đắk Nia's focus").isEqualTo("DAKNIA");
		assertThat(trang.get("reasons").asText()).contains("Kỹ năng phù hợp", "Cách", "Suất");
		// Personnel moves the traffic officer to Tâm Thắng, whatever the matcher thought.
		ResponseEntity<JsonNode> adjusted = api.as(PERSONNEL).exchange(
				"/api/secondments/waves/" + code + "/assignments/thanh.lh", HttpMethod.PUT,
				json("{\"communeCode\":\"TAMTHANG\"}"), JsonNode.class);
		assertThat(adjusted.getStatusCode()).as(String.valueOf(adjusted.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(find(adjusted.getBody().get("assignments"), "thanh.lh").get("communeCode").asText()).isEqualTo("TAMTHANG");
		assertThat(find(adjusted.getBody().get("assignments"), "thanh.lh").get("pinned").asBoolean()).isTrue();
		completeAll(PERSONNEL, SecondmentWaveProcess.TASK_CONFIRM_ASSIGNMENTS, text("confirmationNote", "Chốt"));

		// Cư Jút keeps whoever of its officers was chosen; the other one replaces them.
		String refusedOfficer = wave(code).get("assignments").findValuesAsText("username").stream()
			.filter(u -> u.equals("hoa.nc") || u.equals("phuc.ld"))
			.findFirst()
			.orElseThrow();
		String replacement = refusedOfficer.equals("hoa.nc") ? "phuc.ld" : "hoa.nc";
		completeAll("son.hq", SecondmentWaveProcess.TASK_APPROVE_RELEASE, text("released", "true"));
		completeAll("kien.dt", SecondmentWaveProcess.TASK_APPROVE_RELEASE, text("released", "true"));
		completeAll("kien.bd", SecondmentWaveProcess.TASK_APPROVE_RELEASE,
				text("released", "false") + "," + text("releaseComment", "Đang trực cao điểm mùa thu hoạch"));
		JsonNode replaced = wave(code);
		assertThat(replaced.get("status").asText()).isEqualTo("PROPOSED");
		assertThat(find(replaced.get("assignments"), replacement).get("status").asText()).isEqualTo("PROPOSED");
		assertThat(find(replaced.get("assignments"), refusedOfficer).get("refusalReason").asText()).contains("thu hoạch");
		completeAll(PERSONNEL, SecondmentWaveProcess.TASK_CONFIRM_ASSIGNMENTS, text("confirmationNote", "Thay thế"));
		completeAll("kien.bd", SecondmentWaveProcess.TASK_APPROVE_RELEASE, text("released", "true"));
		completeAll(DIRECTOR, SecondmentWaveProcess.TASK_SIGN_DECISION, text("decisionNumber", "1520/QĐ-CAT-PX01"));

		JsonNode deployed = wave(code);
		assertThat(deployed.get("status").asText()).isEqualTo("DEPLOYED");
		byte[] pdf = api.as(PERSONNEL).getForObject("/api/secondments/waves/" + code + "/decision.pdf", byte[].class);
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("1520/QĐ-CAT-PX01", "Lê Thị Kim Trang",
					"Công an xã Tâm Thắng");
		}

		// Arrival: the commune chiefs confirm; the officers join the commune's group and cases for the term.
		String daknaTip = daknaTip();
		clock("2026-07-01T01:00:00Z");
		assertThat(groupsOf("trang.ltk")).doesNotContain("DAKNIA");
		assertThat(tipStatusFor(replacement, daknaTip)).as("Cư Jút's officer, before the term in Đắk Nia").isEqualTo(HttpStatus.FORBIDDEN);
		completeAll("hoa.nn", SecondmentTermProcess.TASK_CONFIRM_ARRIVAL, text("arrivalNote", "Đã đến"));
		completeAll("toan.dq", SecondmentTermProcess.TASK_CONFIRM_ARRIVAL, text("arrivalNote", "Đã đến"));
		assertThat(groupsOf("trang.ltk")).contains("DAKNIA");
		assertThat(groupsOf("thanh.lh")).contains("TAMTHANG");
		assertThat(groupsOf(replacement)).contains("DAKNIA");
		assertThat(tipStatusFor(replacement, daknaTip)).as("during the term").isEqualTo(HttpStatus.OK);

		// Three monthly periods; every officer reports, the chiefs confirm. One report comes late.
		Map<String, int[]> sums = new HashMap<>();
		for (int period = 1; period <= 3; period++) {
			assertThat(runTermJobs(SecondmentTermProcess.TIMER_REPORT_PERIOD_ENDED)).isEqualTo(3);
			if (period == 2) {
				assertThat(runTermJobs(SecondmentTermProcess.TIMER_REPORT_LATE)).isEqualTo(3);
				assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sec_notice WHERE recipient = 'trang.ltk'",
						Integer.class)).isPositive();
			}
			for (String officer : List.of("trang.ltk", "thanh.lh", replacement)) {
				int[] counts = { period * 3, 40 + period, 100 * period, 5, 2, 1, 2, 60, 3 };
				int[] total = sums.computeIfAbsent(officer, o -> new int[counts.length]);
				for (int i = 0; i < counts.length; i++) {
					total[i] += counts[i];
				}
				StringBuilder variables = new StringBuilder();
				for (int i = 0; i < counts.length; i++) {
					variables.append("\"").append(ActivityReport.COUNTS[i]).append("\":{\"value\":").append(counts[i])
						.append(",\"type\":\"Long\"},");
				}
				completeAll(officer, SecondmentTermProcess.TASK_FILE_ACTIVITY_REPORT, variables + text("reportNote", "Kỳ " + period));
			}
			completeAll("hoa.nn", SecondmentTermProcess.TASK_CONFIRM_ACTIVITY_REPORT, text("confirmationNote", "Xác nhận"));
			completeAll("toan.dq", SecondmentTermProcess.TASK_CONFIRM_ACTIVITY_REPORT, text("confirmationNote", "Xác nhận"));
		}

		// The wave ends: access is withdrawn by the timer, then the evaluations.
		assertThat(runTermJobs(SecondmentTermProcess.TIMER_TERM_END_REACHED)).isEqualTo(3);
		assertThat(groupsOf("trang.ltk")).doesNotContain("DAKNIA");
		assertThat(tipStatusFor(replacement, daknaTip)).as("after the term").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM org_secondment_grant WHERE wave_code = ? AND revoked_at IS NULL",
				Integer.class, code)).isZero();
		completeAll("hoa.nn", SecondmentTermProcess.TASK_EVALUATE_BY_COMMUNE_CHIEF, text("rating", "EXCELLENT") + ","
				+ text("comment", "Nhiệt tình, trách nhiệm") + ",\"proposeCommendation\":{\"value\":true,\"type\":\"Boolean\"}");
		completeAll("toan.dq", SecondmentTermProcess.TASK_EVALUATE_BY_COMMUNE_CHIEF,
				text("rating", "GOOD") + "," + text("comment", "Hoàn thành tốt"));
		completeAll("nghia.td", SecondmentTermProcess.TASK_EVALUATE_BY_CHAIRMAN,
				text("rating", "EXCELLENT") + "," + text("comment", "Nhân dân tin yêu"));
		completeAll("thoa.dt", SecondmentTermProcess.TASK_EVALUATE_BY_CHAIRMAN,
				text("rating", "GOOD") + "," + text("comment", "Tốt"));
		completeAll("nghia.td", SecondmentTermProcess.TASK_APPROVE_COMMENDATION, text("commendationApproved", "true"));

		JsonNode summary = api.as(PERSONNEL).getForObject("/api/secondments/waves/" + code + "/summary", JsonNode.class);
		assertThat(summary.get("status").asText()).isEqualTo("CLOSED");
		assertThat(summary.get("officers").asInt()).isEqualTo(3);
		assertThat(summary.get("confirmedReports").asInt()).isEqualTo(9);
		assertThat(summary.get("commendationsApproved").asInt()).isEqualTo(2);
		for (int i = 0; i < ActivityReport.COUNTS.length; i++) {
			int expected = 0;
			for (int[] officerTotals : sums.values()) {
				expected += officerTotals[i];
			}
			assertThat(summary.get("totals").get(ActivityReport.COUNTS[i]).asInt()).as(ActivityReport.COUNTS[i])
				.isEqualTo(expected);
		}
		JsonNode tamThang = find(summary.get("communes"), "TAMTHANG", "unitCode");
		assertThat(tamThang.get("totals").get("patrols").asInt()).isEqualTo(sums.get("thanh.lh")[0]);
	}

	@Test
	void replacesAnOfficerWhoseTermEndsEarly() {
		String code = "TLCAX-EARLY-" + WAVES.incrementAndGet() + getClass().getSimpleName().substring(0, 2).toUpperCase();
		String plan = """
				{"code":"%s","name":"Đợt kết thúc sớm","provinceCode":"CADNO","startDate":"2026-07-01","endDate":"2026-09-30",
				 "reportEvery":"P1M","communes":[{"unitCode":"DAKNIA","quota":1,"focus":["ID_CARD_CAMPAIGN"]}],
				 "sources":[{"unitCode":"CADNO-PC06","nominationDue":"2026-06-10T17:00:00+07:00"},
				            {"unitCode":"CADNO-PC08","nominationDue":"2026-06-10T17:00:00+07:00"}]}""".formatted(code);
		assertThat(api.as(PERSONNEL).postForEntity("/api/secondments/waves", json(plan), String.class).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		completeAll(DIRECTOR, SecondmentWaveProcess.TASK_APPROVE_WAVE_PLAN, text("approved", "true"));
		api.as("son.hq").postForEntity("/api/secondments/waves/" + code + "/nominations", json("{\"username\":\"trang.ltk\"}"), String.class);
		api.as("kien.dt").postForEntity("/api/secondments/waves/" + code + "/nominations", json("{\"username\":\"thanh.lh\"}"), String.class);
		completeAll("son.hq", SecondmentWaveProcess.TASK_NOMINATE_OFFICERS, text("nominationNote", "Đã cử"));
		completeAll("kien.dt", SecondmentWaveProcess.TASK_NOMINATE_OFFICERS, text("nominationNote", "Đã cử"));
		JsonNode proposed = wave(code);
		assertThat(proposed.get("assignments")).as("one place: the ID-card specialist").hasSize(1);
		assertThat(find(proposed.get("assignments"), "trang.ltk").get("communeCode").asText()).isEqualTo("DAKNIA");
		completeAll(PERSONNEL, SecondmentWaveProcess.TASK_CONFIRM_ASSIGNMENTS, text("confirmationNote", "Chốt"));
		completeAll("son.hq", SecondmentWaveProcess.TASK_APPROVE_RELEASE, text("released", "true"));
		completeAll(DIRECTOR, SecondmentWaveProcess.TASK_SIGN_DECISION, text("decisionNumber", "1600/QĐ-CAT-PX01"));
		clock("2026-07-01T01:00:00Z");
		completeAll("hoa.nn", SecondmentTermProcess.TASK_CONFIRM_ARRIVAL, text("arrivalNote", "Đã đến"));
		assertThat(groupsOf("trang.ltk")).contains("DAKNIA");
		String trangs = find(wave(code).get("assignments"), "trang.ltk").get("id").asText();

		clock("2026-07-15T01:00:00Z");
		ResponseEntity<String> byOfficer = api.as("thao.dtk").postForEntity("/api/secondments/assignments/" + trangs
				+ "/early-end", json("{\"reason\":\"Ốm dài ngày\"}"), String.class);
		assertThat(byOfficer.getStatusCode()).as("only personnel ends a term").isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<String> ended = api.as(PERSONNEL).postForEntity("/api/secondments/assignments/" + trangs
				+ "/early-end", json("{\"reason\":\"Ốm dài ngày, điều trị tại bệnh viện\"}"), String.class);
		assertThat(ended.getStatusCode()).as(ended.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(api.as(PERSONNEL).postForEntity("/api/secondments/assignments/" + trangs + "/early-end",
				json("{\"reason\":\"Lần nữa\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		JsonNode afterEnd = wave(code);
		assertThat(find(afterEnd.get("assignments"), "trang.ltk").get("status").asText()).isEqualTo("ENDED_EARLY");
		assertThat(find(afterEnd.get("assignments"), "trang.ltk").get("endReason").asText()).contains("Ốm");
		assertThat(groupsOf("trang.ltk")).as("access withdrawn at once").doesNotContain("DAKNIA");
		assertThat(find(afterEnd.get("assignments"), "thanh.lh").get("status").asText()).isEqualTo("CONFIRMED");
		completeAll("kien.dt", SecondmentTermProcess.TASK_APPROVE_REPLACEMENT_RELEASE, text("released", "true"));
		completeAll("hoa.nn", SecondmentTermProcess.TASK_CONFIRM_ARRIVAL, text("arrivalNote", "Người thay thế đã đến"));
		assertThat(groupsOf("thanh.lh")).contains("DAKNIA");

		assertThat(runTermJobs(SecondmentTermProcess.TIMER_TERM_ENDED)).isOne();
		assertThat(groupsOf("thanh.lh")).doesNotContain("DAKNIA");
		completeAll("hoa.nn", SecondmentTermProcess.TASK_EVALUATE_BY_COMMUNE_CHIEF,
				text("rating", "GOOD") + "," + text("comment", "Thay thế kịp thời"));
		completeAll("nghia.td", SecondmentTermProcess.TASK_EVALUATE_BY_CHAIRMAN,
				text("rating", "GOOD") + "," + text("comment", "Tốt"));
		JsonNode summary = api.as(PERSONNEL).getForObject("/api/secondments/waves/" + code + "/summary", JsonNode.class);
		assertThat(summary.get("status").asText()).isEqualTo("CLOSED");
		assertThat(summary.get("officers").asInt()).as("both served the place").isEqualTo(2);
	}

	@Test
	void refusesAPlanThatDoesNotHoldTogether() {
		// Each plan breaks one rule, and the refusal names that rule (its code), not just any 400.
		java.util.Map<String, String> bad = new java.util.LinkedHashMap<>();
		bad.put(plan("BAD-1").replace("\"TAMTHANG\"", "\"HOAMINH\""), "secondment.otherProvince");
		bad.put(plan("BAD-2").replace("\"P1M\"", "\"P3M\""), "web.invalidInput");
		bad.put(plan("BAD-3").replace("\"2026-09-30\"", "\"2026-06-30\""), "secondment.period");
		bad.put(plan("BAD-4").replace("\"CUJUT\"", "\"DAKNIA\""), "secondment.notSourceUnit");
		bad.put(plan("BAD-6").replace("{\"unitCode\":\"TAMTHANG\"", "{\"unitCode\":\"DAKNIA\""), "secondment.communeTwice");
		bad.put(plan("BAD-7").replace("\"CUJUT\"", "\"CADNO-PC08\""), "secondment.sourceTwice");
		bad.put(plan("BAD-8").replace("\"CUJUT\"", "\"CADNO\""), "secondment.notSourceUnit");
		bad.forEach((body, code) -> {
			ResponseEntity<JsonNode> refused = api.as(PERSONNEL).postForEntity("/api/secondments/waves", json(body),
					JsonNode.class);
			assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
			assertThat(refused.getBody().get("code").asText()).as(body).isEqualTo(code);
		});
		assertThat(api.as(PERSONNEL).postForEntity("/api/secondments/waves", json(plan("BAD-2").replace("\"P1M\"", "\"P3M\"")),
				JsonNode.class).getBody().get("errors").has("reportEvery")).isTrue();
		assertThat(api.as("thao.dtk").postForEntity("/api/secondments/waves", json(plan("BAD-5")), String.class)
			.getStatusCode()).as("only the personnel department plans").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sec_wave WHERE code LIKE 'BAD-%'", Integer.class)).isZero();
	}

	/** A tip about Đắk Nia, one of the cases a seconded officer works there. */
	private String daknaTip() {
		ResponseEntity<JsonNode> tracking = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"DAKNIA","incidentAddress":"Bon Sré Ú, xã Đắk Nia","incidentAt":"2026-05-31T10:00:00Z",
				 "description":"Mâu thuẫn ranh giới rẫy cà phê","suggestedCategory":"CIVIL_DISPUTE"}"""), JsonNode.class);
		assertThat(tracking.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class,
				tracking.getBody().get("trackingCode").asText());
	}

	private HttpStatus tipStatusFor(String user, String reference) {
		return HttpStatus.valueOf(api.as(user).getForEntity("/api/tips/" + reference, String.class).getStatusCode().value());
	}

	private static JsonNode find(JsonNode array, String value) {
		return find(array, value, "username");
	}

	private static JsonNode find(JsonNode array, String value, String field) {
		for (JsonNode node : array) {
			if (node.path(field).asText().equals(value)) {
				return node;
			}
		}
		throw new AssertionError(field + " " + value + " not in " + array);
	}

}
