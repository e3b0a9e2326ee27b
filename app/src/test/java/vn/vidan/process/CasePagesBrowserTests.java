package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.bool;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.secondment.SecondmentTermProcess;
import vn.vidan.processes.secondment.SecondmentWaveProcess;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.Browser;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * The three case pages in a real browser: a dossier moved a step shows its timeline (who, not "system"), its
 * documents with their hashes and its diagram with the current step marked by bpmn-js, and a finished one the end event
 * it reached; a tip shows nothing of its reporter to the area officer, and to the unit's chief only after a reveal with
 * a reason, together with the audit line; a secondment wave shows its plan, assignments with the matcher's reasons,
 * releases, terms, reports and summary. Each page passes axe-core and is photographed in Vietnamese and English at a
 * desk's and a phone's width.
 */
@PlatformIntegrationTest
class CasePagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	@AfterEach
	void resetClockAndLanguages() {
		ClockUtil.reset();
		// The language is kept per person: the people these tests switched to English read Vietnamese again.
		jdbc.update("UPDATE ws_user_preference SET locale = 'vi' WHERE username IN ('thao.dtk', 'dat.lq', 'diep.lt')");
	}

	@Test
	void dossierPageShowsItsTimelineDocumentsAndTheCurrentStepOnTheDiagram() throws Exception {
		byte[] scan = ("%PDF-1.4 tờ khai " + ThreadLocalRandom.current().nextLong()).getBytes();
		String code = receive(scan);
		claimAndComplete("thao.dtk", code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));

		try (Browser browser = open()) {
			browser.signIn("thao.dtk", "demo").go("/requests/" + code);
			browser.sees(code).sees("Đăng ký tạm trú").sees("Đang giải quyết");
			String timeline = browser.find(By.cssSelector(".case-timeline")).getText();
			assertThat(timeline).contains("Đã tiếp nhận", "Dương Thị Kim Thảo").doesNotContain("system");
			assertThat(browser.find(By.cssSelector(".case-documents")).getText()).contains(sha256(scan),
					"Bản giấy, không có bản quét");
			// The step is inside the collapsed sub-process "Giải quyết hồ sơ": marked there, and the sub-process on the
			// main plane; the sub-process's open button shows the step itself.
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram [data-element-id='"
						+ ResidentRequestProcess.SUB_PROCESS_HANDLE_DOSSIER + "'].case-current")));
			browser.assertAccessible("dossier page").screenshots("case-request");
			browser.clickable(By.cssSelector(".case-diagram [data-container-id='"
					+ ResidentRequestProcess.SUB_PROCESS_HANDLE_DOSSIER + "'] .bjs-drilldown")).click();
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram [data-element-id='"
						+ ResidentRequestProcess.TASK_VERIFY_DOSSIER + "'].case-current")));
			assertThat(browser.find(By.cssSelector(".case-diagram figcaption")).getText()).contains("Thẩm định hồ sơ");
			assertThat(browser.find(By.cssSelector(".case-tasks")).getText())
				.contains("Thẩm định hồ sơ", "Kiểm tra tính đầy đủ của hồ sơ", "Dương Thị Kim Thảo, xong lúc");
			assertThat(browser.driver().findElement(By.linkText("Thẩm định hồ sơ")).getAttribute("href"))
				.contains("/tasks/");
			assertThat(browser.find(By.linkText("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")).getAttribute("href"))
				.endsWith("/api/requests/" + code + "/receipt.pdf");
			assertThat(browser.find(By.cssSelector(".case-sla")).getText()).contains("Thời hạn theo quy định",
					"3 ngày", "Còn lại");

			english(browser).sees("Being handled");
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram .case-current")));
			assertThat(browser.text()).contains("Documents in the dossier", "Time limit", "Verify the dossier");
			browser.assertAccessible("dossier page in English").screenshots("case-request");
		}
	}

	@Test
	void finishedDossierShowsTheEndEventReachedAndItsResultNotice() throws Exception {
		String code = receive("%PDF-1.4 xong".getBytes());
		claimAndComplete("thao.dtk", code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
		claimAndComplete("thao.dtk", code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false));
		claimAndComplete("dat.lq", code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(ResidentRequestProcess.Vars.DECISION, ResidentRequestProcess.Decision.APPROVE));
		claimAndComplete("thao.dtk", code, ResidentRequestProcess.TASK_HAND_OVER_RESULT,
				text(ResidentRequestProcess.Vars.HAND_OVER_METHOD, "DESK"));

		try (Browser browser = open()) {
			browser.signIn("dat.lq", "demo").go("/requests/" + code);
			browser.sees("Hoàn thành");
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram [data-element-id='"
						+ ResidentRequestProcess.END_EVENT_REQUEST_CLOSED + "'].case-reached")));
			assertThat(browser.driver().findElements(By.cssSelector(".case-diagram .case-current"))).isEmpty();
			assertThat(browser.find(By.cssSelector(".case-diagram figcaption")).getText()).contains("Hồ sơ hoàn thành");
			assertThat(browser.find(By.cssSelector(".case-timeline")).getText()).contains("Lương Quốc Đạt",
					"Đã có kết quả", "Hoàn thành");
			assertThat(browser.find(By.linkText("Thông báo kết quả giải quyết hồ sơ")).getAttribute("href"))
				.endsWith("/api/requests/" + code + "/result.pdf");
			assertThat(browser.find(By.cssSelector(".case-tasks")).getText()).contains("Không có việc nào đang chờ",
					"Lương Quốc Đạt, xong lúc");
			browser.assertAccessible("finished dossier page");
		}
		ResponseEntity<byte[]> notice = api.as("thao.dtk").getForEntity("/api/requests/" + code + "/result.pdf",
				byte[].class);
		assertThat(notice.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(new String(notice.getBody(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void tipPageHidesTheReporterUntilTheChiefRevealsItWithAReason() throws Exception {
		long serial = ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999);
		String name = "Trịnh Thị Qaxw" + serial;
		String phone = "0912" + String.format("%06d", serial % 1_000_000);
		String idNumber = "07919" + serial;
		String reference = reportTip(name, phone, idNumber);
		claimAndComplete("trung.hq", reference, TipReportProcess.TASK_TRIAGE_TIP,
				text("category", "PUBLIC_ORDER") + "," + text("triageNote", "Phản ánh tiếng ồn ban đêm"));

		try (Browser browser = open()) {
			// An area officer of the ward, not handling this tip: the tip, nothing of its reporter, no way to reveal.
			browser.signIn("dung.vd", "demo").go("/tips/" + reference);
			browser.sees(reference).sees("Danh tính người báo tin được bảo vệ").sees("Phân loại tin báo");
			assertThat(browser.source()).doesNotContain("Qaxw" + serial, phone, idNumber);
			assertThat(browser.driver().findElements(By.id("reveal-reason"))).isEmpty();
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram .case-current")));
			browser.assertAccessible("tip page, area officer");
			browser.signOut();

			// The ward's chief: the form, a refused empty reason, then the reveal with its audit line.
			browser.signIn("dat.lq", "demo").go("/tips/" + reference);
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram .case-current")));
			assertThat(browser.source()).doesNotContain("Qaxw" + serial, phone, idNumber);
			browser.assertAccessible("tip page, chief").screenshots("case-tip");
			browser.clickable(By.cssSelector(".case-reporter__form button[type=submit]")).click();
			browser.sees("Hãy ghi lý do cần xem danh tính người báo tin");
			assertThat(browser.source()).doesNotContain("Qaxw" + serial, phone, idNumber);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tip_identity_reveal WHERE reference = ?", Integer.class,
					reference)).isZero();
			browser.assertAccessible("tip page, reason missing");

			String reason = "Cần liên hệ người báo tin để xác minh thêm về nhóm thanh niên";
			browser.find(By.id("reveal-reason")).sendKeys(reason);
			browser.clickable(By.cssSelector(".case-reporter__form button[type=submit]")).click();
			browser.sees(name).sees(phone).sees(idNumber);
			String audit = browser.find(By.cssSelector(".case-reporter__audit")).getText();
			assertThat(audit).contains("Lương Quốc Đạt đã xem lúc", "Lý do: " + reason);
			assertThat(jdbc.queryForObject("SELECT revealed_by FROM tip_identity_reveal WHERE reference = ?",
					String.class, reference)).isEqualTo("dat.lq");
			browser.assertAccessible("tip page, revealed");

			// Opened again, the page has the audit line but not the identity.
			browser.go("/tips/" + reference).sees("Lương Quốc Đạt đã xem lúc");
			assertThat(browser.source()).doesNotContain("Qaxw" + serial, phone, idNumber);
			english(browser).sees("The reporter's identity is protected").sees("Classify the tip");
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram .case-current")));
			browser.assertAccessible("tip page in English").screenshots("case-tip");
		}
	}

	@Test
	void wavePageShowsThePlanAssignmentsWithReasonsReleasesTermsReportsAndSummary() throws Exception {
		String code = "CASE-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		runWaveToFirstReports(code);

		try (Browser browser = open()) {
			browser.signIn("diep.lt", "demo").go("/secondments");
			browser.clickable(By.linkText(code)).click();
			browser.sees("Cán bộ đang công tác tại xã").sees("Công an xã Đắk Nia").sees("Làm sạch dữ liệu dân cư");
			String assignments = browser.find(By.cssSelector(".case-assignments")).getText();
			assertThat(assignments).contains("Lê Thị Kim Trang", "Kỹ năng phù hợp", "Cách");
			assertThat(browser.text()).contains("Không đồng ý", "Đang trực cao điểm mùa thu hoạch", "1520/QĐ-CAT-PX01",
					"Đến nhận nhiệm vụ", "Kỳ 1", "Đã xác nhận", "Lượt tuần tra");
			assertThat(browser.find(By.linkText("Xem quyết định (PDF)")).getAttribute("href"))
				.endsWith("/api/secondments/waves/" + code + "/decision.pdf");
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram [data-element-id='"
						+ SecondmentWaveProcess.CALL_ACTIVITY_SERVE_TERM + "'].case-current")));
			browser.assertAccessible("wave page").screenshots("case-wave");
			english(browser).sees("Officers serving in the communes").sees("Why this assignment");
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram .case-current")));
			browser.assertAccessible("wave page in English").screenshots("case-wave");
		}
	}

	/** A temporary-residence dossier at Hòa Minh's desk, with one scanned document and one on paper. */
	private String receive(byte[] scan) {
		ResponseEntity<JsonNode> receipt = api.as("thao.dtk").postForEntity("/api/requests", json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
				              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
				 "documents":[{"code":"CT01","fileName":"to-khai.pdf","contentType":"application/pdf","contentBase64":"%s"},
				              {"code":"CHO_O_HOP_PHAP"}]}""".formatted(Base64.getEncoder().encodeToString(scan))),
				JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	/** A named reporter's tip from the portal about Tổ dân phố 13 of Hòa Minh; its officers' reference. */
	private String reportTip(String name, String phone, String idNumber) {
		ResponseEntity<JsonNode> created = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"HOAMINH","incidentAddress":"Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13",
				 "incidentAt":"%s","description":"Nhóm thanh niên tụ tập gây ồn sau 23 giờ",
				 "suggestedCategory":"PUBLIC_ORDER","urgency":"ORDINARY",
				 "reporter":{"fullName":"%s","idNumber":"%s","phone":"%s","address":"Kiệt 7 Lê Duẩn"},
				 "attachments":[{"fileName":"anh-hien-truong.jpg","mediaType":"image/jpeg","contentBase64":"/9j/4AAQSkZJRg=="}]}"""
			.formatted(Instant.now().minus(Duration.ofHours(2)), name, idNumber, phone)), JsonNode.class);
		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		return jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class,
				created.getBody().get("trackingCode").asText());
	}

	/**
	 * A wave of Đắk Nông planned, approved, nominated, proposed, one release refused and replaced, signed, the officers
	 * arrived, and the first month's reports filed and confirmed.
	 */
	private void runWaveToFirstReports(String code) {
		clock("2027-06-01T01:00:00Z");
		ResponseEntity<String> drafted = api.as("diep.lt").postForEntity("/api/secondments/waves", json("""
				{"code":"%s","name":"Đợt 1 năm 2027 - Tôi làm Công an xã","provinceCode":"CADNO",
				 "startDate":"2027-07-01","endDate":"2027-09-30","reportEvery":"P1M",
				 "communes":[{"unitCode":"DAKNIA","quota":2,"focus":["POPULATION_DATA","ID_CARD_CAMPAIGN"]},
				             {"unitCode":"TAMTHANG","quota":1,"focus":["PATROL_TRAFFIC"]}],
				 "sources":[{"unitCode":"CADNO-PC06","nominationDue":"2027-06-10T17:00:00+07:00"},
				            {"unitCode":"CADNO-PC08","nominationDue":"2027-06-10T17:00:00+07:00"},
				            {"unitCode":"CUJUT","nominationDue":"2027-06-12T17:00:00+07:00"}]}""".formatted(code)),
				String.class);
		assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.CREATED);
		completeAll("viet.pt", code, SecondmentWaveProcess.TASK_APPROVE_WAVE_PLAN, text("approved", "true"));
		Map.of("trang.ltk", "son.hq", "thanh.lh", "kien.dt", "hoa.nc", "kien.bd", "phuc.ld", "kien.bd")
			.forEach((officer, head) -> assertThat(api.as(head)
				.postForEntity("/api/secondments/waves/" + code + "/nominations", json("{\"username\":\"" + officer + "\"}"),
						String.class)
				.getStatusCode()).isEqualTo(HttpStatus.CREATED));
		for (String head : List.of("son.hq", "kien.dt", "kien.bd")) {
			completeAll(head, code, SecondmentWaveProcess.TASK_NOMINATE_OFFICERS, text("nominationNote", "Đã cử"));
		}
		completeAll("diep.lt", code, SecondmentWaveProcess.TASK_CONFIRM_ASSIGNMENTS, text("confirmationNote", "Chốt"));
		completeAll("son.hq", code, SecondmentWaveProcess.TASK_APPROVE_RELEASE, text("released", "true"));
		completeAll("kien.dt", code, SecondmentWaveProcess.TASK_APPROVE_RELEASE, text("released", "true"));
		completeAll("kien.bd", code, SecondmentWaveProcess.TASK_APPROVE_RELEASE,
				text("released", "false") + "," + text("releaseComment", "Đang trực cao điểm mùa thu hoạch"));
		completeAll("diep.lt", code, SecondmentWaveProcess.TASK_CONFIRM_ASSIGNMENTS, text("confirmationNote", "Thay thế"));
		completeAll("kien.bd", code, SecondmentWaveProcess.TASK_APPROVE_RELEASE, text("released", "true"));
		completeAll("viet.pt", code, SecondmentWaveProcess.TASK_SIGN_DECISION, text("decisionNumber", "1520/QĐ-CAT-PX01"));
		clock("2027-07-01T01:00:00Z");
		completeAll("hoa.nn", code, SecondmentTermProcess.TASK_CONFIRM_ARRIVAL, text("arrivalNote", "Đã đến"));
		completeAll("toan.dq", code, SecondmentTermProcess.TASK_CONFIRM_ARRIVAL, text("arrivalNote", "Đã đến"));
		List<Job> periodEnds = runtime.createProcessInstanceQuery()
			.processDefinitionKey(SecondmentTermProcess.PROCESS_KEY)
			.processInstanceBusinessKey(code)
			.list()
			.stream()
			.flatMap(term -> management.createJobQuery()
				.processInstanceId(term.getId())
				.activityId(SecondmentTermProcess.TIMER_REPORT_PERIOD_ENDED)
				.list()
				.stream())
			.toList();
		assertThat(periodEnds).hasSize(3);
		for (Job job : periodEnds) {
			ClockUtil.setCurrentTime(job.getDuedate());
			management.executeJob(job.getId());
		}
		StringBuilder counts = new StringBuilder();
		int[] values = { 6, 41, 120, 5, 2, 1, 2, 60, 3 };
		String[] names = { "patrols", "idApplications", "residenceFiles", "recordsCorrected", "deceasedFound",
				"disputesResolved", "outreachSessions", "outreachAttendees", "villageMeetings" };
		for (int i = 0; i < names.length; i++) {
			counts.append("\"").append(names[i]).append("\":{\"value\":").append(values[i]).append(",\"type\":\"Long\"},");
		}
		for (String officer : assignedOfficers(code)) {
			completeAll(officer, code, SecondmentTermProcess.TASK_FILE_ACTIVITY_REPORT, counts + text("reportNote", "Kỳ 1"));
		}
		completeAll("hoa.nn", code, SecondmentTermProcess.TASK_CONFIRM_ACTIVITY_REPORT, text("confirmationNote", "Xác nhận"));
		completeAll("toan.dq", code, SecondmentTermProcess.TASK_CONFIRM_ACTIVITY_REPORT, text("confirmationNote", "Xác nhận"));
		ClockUtil.reset();
	}

	private List<String> assignedOfficers(String code) {
		return jdbc.queryForList("SELECT username FROM sec_assignment WHERE wave_code = ? AND status = 'SERVING'",
				String.class, code);
	}

	private static void clock(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	/** Claims and completes the one open task at {@code taskKey} of the case, as the officer would in the workspace. */
	private void claimAndComplete(String user, String businessKey, String taskKey, String variables) {
		JsonNode tasks = api.as(user).getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey
				+ "&taskDefinitionKey=" + taskKey, JsonNode.class);
		assertThat(tasks).as("%s sees %s of %s", user, taskKey, businessKey).hasSize(1);
		complete(user, tasks.get(0).get("id").asText(), variables);
	}

	/** Claims and completes every open task at {@code taskKey} of the wave that {@code user} can see. */
	private void completeAll(String user, String businessKey, String taskKey, String variables) {
		JsonNode tasks = api.as(user).getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey
				+ "&taskDefinitionKey=" + taskKey, JsonNode.class);
		assertThat(tasks).as("%s sees %s of %s", user, taskKey, businessKey).isNotEmpty();
		tasks.forEach(task -> complete(user, task.get("id").asText(), variables));
	}

	private void complete(String user, String taskId, String variables) {
		ResponseEntity<String> claimed = api.as(user).postForEntity("/engine-rest/task/" + taskId + "/claim",
				json("{\"userId\":\"" + user + "\"}"), String.class);
		assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> done = api.as(user).postForEntity("/engine-rest/task/" + taskId + "/complete",
				json("{\"variables\":{" + variables + "}}"), String.class);
		assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/**
	 * A fresh browser whose waits read a page that is being replaced (after a click that submits a form) as "not yet"
	 * rather than failing on the stale element.
	 */
	private Browser open() throws java.io.IOException {
		Browser browser = Browser.open(port);
		browser.waiting().ignoring(StaleElementReferenceException.class);
		return browser;
	}

	/**
	 * Switches to English with the footer's button (the support's {@code language} can fail on the replaced page).
	 */
	private static Browser english(Browser browser) {
		browser.clickable(By.cssSelector("footer button[name=lang][value=en]")).click();
		browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		return browser;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
