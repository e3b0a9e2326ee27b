package vn.vidan.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.secondment.SecondmentWaveProcess;
import vn.vidan.support.Browser;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * The officers' day, walked through the workspace only, as issue 10 says it: a dossier from the desk to hand-over
 * (received at the desk page with its receipt printed, found by a colleague by the applicant's name typed without
 * accents, the completeness form refused while its required field is empty and then completed, verified, approved by
 * the chief from his inbox, handed over at the desk, its case page telling the whole story with the diagram at its
 * end); a tip triaged, resolved and approved, whose reporter stays hidden until the leader reveals them with a
 * reason; a secondment wave's proposal confirmed by personnel and a release approved by a supervisor; and the same
 * pages in English. Every page is checked with axe-core.
 */
@PlatformIntegrationTest
class WorkspaceWalkBrowserTests {

	private static final By COMPLETE = By.cssSelector("#task-form .actions button[type=submit]");

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	private Browser browser;

	private VidanApi api;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.open(port);
		api = new VidanApi(http);
	}

	@AfterEach
	void close() {
		ClockUtil.reset();
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aDossierGoesFromTheDeskToHandOverThroughTheWorkspace() throws Exception {
		String surname = unique();
		String name = "Nguyễn Văn Ánh " + surname;
		String unaccented = "nguyen van anh " + surname.toLowerCase();
		Path scan = Files.createTempFile("vidan-scan", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n% hợp đồng thuê nhà\n");

		// 1. The desk officer receives the dossier at the desk page and prints the receipt.
		browser.signIn("thao.dtk", "demo").go("/requests/new");
		new Select(browser.find(By.id("procedure"))).selectByValue("TAM_TRU");
		browser.find(By.id("doc-CT01")).click();
		browser.find(By.id("scan-CHO_O_HOP_PHAP")).sendKeys(scan.toAbsolutePath().toString());
		type("applicantName", name);
		type("applicantId", "048190" + digits(6));
		type("applicantPhone", "0905 123 456");
		type("applicantAddress", "45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh");
		browser.clickable(By.cssSelector("#intake button[type=submit]")).click();
		browser.waiting().until(ExpectedConditions.urlContains("/requests/received/"));
		String code = browser.find(By.id("receipt-code")).getText();
		browser.assertAccessible("dossier received");
		browser.find(By.id("receipt-html")).click();
		browser.sees("GIẤY TIẾP NHẬN HỒ SƠ").sees(code).sees(name);
		browser.assertAccessible("receipt");
		browser.go("/inbox").signOut();

		// 2. A colleague at the desk finds it by the applicant's name without accents, claims it, and submits the
		// completeness form with the required field empty: refused in Vietnamese, nothing changes.
		browser.signIn("mai.ltn", "demo");
		browser.find(By.id("global-search")).sendKeys(unaccented + Keys.ENTER);
		browser.sees(code);
		browser.assertAccessible("inbox search");
		openTask(code);
		browser.click(By.cssSelector("#task-actions [data-claim]"));
		browser.clickable(COMPLETE).click();
		WebElement summary = browser.find(By.cssSelector(".error-summary"));
		assertThat(summary.getText()).contains("Giấy tờ cần bổ sung");
		assertThat(browser.find(By.id("field-Field_MissingDocuments-error")).getText()).contains("Hãy điền «Giấy tờ cần bổ sung");
		assertThat(openTaskKey(code)).isEqualTo(ResidentRequestProcess.TASK_CHECK_COMPLETENESS);
		assertThat(status(code)).isEqualTo("RECEIVED");
		browser.assertAccessible("completeness refused");

		// 3. The colleague completes it: the dossier is complete. Then verifies it, with no field check.
		browser.clickable(By.name(ResidentRequestProcess.Vars.DOSSIER_COMPLETE)).click();
		browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
				By.name(ResidentRequestProcess.Vars.MISSING_DOCUMENTS)));
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		browser.sees(code);
		claimAndOpen(code, "Thẩm định");
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		browser.signOut();

		// 4. The chief approves it from his inbox.
		browser.signIn("dat.lq", "demo").go("/inbox?list=unclaimed&q=" + code);
		browser.sees(code);
		browser.assertAccessible("chief's inbox");
		claimAndOpen(code, null);
		choose(By.cssSelector("input[name=decision][value=APPROVE]"));
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		browser.signOut();

		// 5. The desk hands it over.
		browser.signIn("thao.dtk", "demo").go("/inbox?list=unclaimed&q=" + code);
		claimAndOpen(code, null);
		choose(By.cssSelector("input[name=handOverMethod][value=DESK]"));
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		assertThat(status(code)).isEqualTo("CLOSED");

		// 6. The case page shows the whole timeline, by the officers who acted, and the diagram at its end.
		browser.go("/requests/" + code);
		browser.sees(name).sees("Dương Thị Kim Thảo").sees("Lê Thị Ngọc Mai").sees("Lương Quốc Đạt");
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram [data-element-id='"
				+ ResidentRequestProcess.END_EVENT_REQUEST_CLOSED + "'].case-reached")));
		assertThat(browser.driver().findElements(By.cssSelector(".case-diagram .case-current"))).isEmpty();
		browser.assertAccessible("dossier case page at its end");
		browser.screenshots("walk-dossier-closed");
		List<String> actors = jdbc.queryForList(
				"SELECT changed_by FROM req_status_change WHERE receipt_code = ? ORDER BY seq", String.class, code);
		assertThat(actors).contains("thao.dtk", "mai.ltn", "dat.lq");

		// 7. The same page in English after switching language; the choice follows the officer.
		browser.language("en").sees("Dossier");
		browser.assertAccessible("dossier case page in English");
		browser.screenshots("walk-dossier-closed");
		browser.go("/inbox").sees("Inbox");
		browser.signOut().signInKeepingLanguage("thao.dtk", "demo").go("/inbox").sees("Inbox");
		browser.language("vi").sees("Hộp việc");
	}

	@Test
	void aTipIsTriagedResolvedAndApprovedAndItsReporterShownOnlyAfterTheLeadersReveal() throws Exception {
		String reporter = "Trịnh Văn " + unique();
		String phone = "0912" + digits(6);
		ResponseEntity<JsonNode> reported = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"HOAMINH","incidentAddress":"Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13","incidentAt":"%s",
				 "description":"Nhóm thanh niên tụ tập gây ồn sau 23 giờ","suggestedCategory":"PUBLIC_ORDER",
				 "urgency":"ORDINARY","reporter":{"fullName":"%s","phone":"%s"}}"""
			.formatted(Instant.now().minusSeconds(3600), reporter, phone)), JsonNode.class);
		assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?",
				String.class, reported.getBody().get("trackingCode").asText());

		// The duty officer triages it: a public-order complaint.
		browser.signIn("trung.hq", "demo").go("/inbox?list=unclaimed&q=" + reference);
		browser.sees(reference);
		claimAndOpen(reference, null);
		browser.sees("Danh tính người báo tin được bảo vệ");
		choose(By.cssSelector("input[name=category][value=PUBLIC_ORDER]"));
		browser.find(By.name("triageNote")).sendKeys("Phản ánh về trật tự công cộng, giao Cảnh sát khu vực");
		browser.assertAccessible("tip triage");
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		assertThat(browser.source()).doesNotContain(reporter, phone);
		browser.signOut();

		// The area officer of Tổ dân phố 13 finds it already his, and resolves it.
		browser.signIn("tai.vv", "demo").go("/inbox?list=mine&q=" + reference);
		browser.sees(reference);
		openTask(reference);
		browser.find(By.name("finding")).sendKeys("Đã nhắc nhở, nhóm thanh niên cam kết giữ trật tự sau 22 giờ");
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		browser.go("/tips/" + reference).sees(reference);
		assertThat(browser.source()).doesNotContain(reporter, phone);
		assertThat(browser.driver().findElements(By.id("reveal-reason"))).isNotEmpty();
		browser.signOut();

		// The ward chief approves the conclusion from his inbox.
		browser.signIn("dat.lq", "demo").go("/inbox?list=unclaimed&q=" + reference);
		browser.sees(reference);
		claimAndOpen(reference, null);
		browser.clickable(By.cssSelector("input[name=approved][value=true]")).click();
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));

		// The case page shows no reporter until the chief reveals them with a reason; then the audit line.
		browser.go("/tips/" + reference).sees(reference);
		assertThat(browser.source()).doesNotContain(reporter, phone);
		browser.assertAccessible("tip case page, reporter hidden");
		browser.screenshots("walk-tip-hidden");
		browser.find(By.id("reveal-reason")).sendKeys("Cần liên hệ người báo tin để thông báo kết quả giải quyết");
		browser.clickable(By.cssSelector("#reporter button[type=submit], form[action*='reveal'] button[type=submit]")).click();
		browser.sees(reporter);
		assertThat(browser.find(By.cssSelector(".case-reporter__audit-line")).getText()).contains("Lương Quốc Đạt",
				"thông báo kết quả");
		browser.assertAccessible("tip case page, reporter revealed");
		assertThat(jdbc.queryForObject("SELECT revealed_by FROM tip_identity_reveal WHERE reference = ?", String.class,
				reference)).isEqualTo("dat.lq");
	}

	@Test
	void personnelConfirmsAWaveProposalAndASupervisorApprovesARelease() throws Exception {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T01:00:00Z")));
		String code = "TLCAX-W" + digits(4);
		proposeWave(code);

		// Personnel reviews the matcher's proposal beside the task and confirms it.
		browser.signIn("diep.lt", "demo").go("/inbox?list=unclaimed&q=" + code);
		browser.sees(code);
		claimAndOpen(code, null);
		browser.sees("Lê Thị Kim Trang");
		browser.assertAccessible("confirm the proposal");
		browser.find(By.name("confirmationNote")).sendKeys("Chốt danh sách đề xuất");
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		browser.signOut();

		// The head of PC06 approves the release of his officer from his inbox.
		browser.signIn("son.hq", "demo").go("/inbox?list=unclaimed&q=" + code);
		browser.sees(code);
		claimAndOpen(code, null);
		browser.clickable(By.cssSelector("input[name=released][value=true]")).click();
		browser.assertAccessible("approve a release");
		browser.clickable(COMPLETE).click();
		browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
		assertThat(tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey(SecondmentWaveProcess.TASK_APPROVE_RELEASE)
			.taskAssignee("son.hq")
			.count()).as("son.hq's release approval is done").isZero();
		assertThat(history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey(SecondmentWaveProcess.TASK_APPROVE_RELEASE)
			.taskAssignee("son.hq")
			.finished()
			.count()).isOne();
		browser.go("/secondments/" + code).sees(code);
		browser.assertAccessible("wave page");
	}

	/** A wave planned, approved and nominated through the API, waiting for personnel to confirm the proposal. */
	private void proposeWave(String code) {
		String plan = """
				{"code":"%s","name":"Đợt thử nghiệm - Tôi làm Công an xã","provinceCode":"CADNO",
				 "startDate":"2026-07-01","endDate":"2026-09-30","reportEvery":"P1M",
				 "communes":[{"unitCode":"DAKNIA","quota":2,"focus":["POPULATION_DATA","ID_CARD_CAMPAIGN"]},
				             {"unitCode":"TAMTHANG","quota":1,"focus":["PATROL_TRAFFIC"]}],
				 "sources":[{"unitCode":"CADNO-PC06","nominationDue":"2026-06-10T17:00:00+07:00"},
				            {"unitCode":"CADNO-PC08","nominationDue":"2026-06-10T17:00:00+07:00"}]}""".formatted(code);
		ResponseEntity<String> drafted = api.as("diep.lt").postForEntity("/api/secondments/waves", json(plan), String.class);
		assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.CREATED);
		api.complete("viet.pt", code, SecondmentWaveProcess.TASK_APPROVE_WAVE_PLAN, text("approved", "true"));
		Map<String, String> heads = Map.of("trang.ltk", "son.hq", "thanh.lh", "kien.dt");
		heads.forEach((officer, head) -> {
			ResponseEntity<String> nominated = api.as(head).postForEntity("/api/secondments/waves/" + code + "/nominations",
					json("{\"username\":\"" + officer + "\"}"), String.class);
			assertThat(nominated.getStatusCode()).as(nominated.getBody()).isEqualTo(HttpStatus.CREATED);
		});
		api.complete("son.hq", code, SecondmentWaveProcess.TASK_NOMINATE_OFFICERS, text("nominationNote", "Đã cử"));
		api.complete("kien.dt", code, SecondmentWaveProcess.TASK_NOMINATE_OFFICERS, text("nominationNote", "Đã cử"));
		JsonNode wave = api.as("diep.lt").getForObject("/api/secondments/waves/" + code, JsonNode.class);
		assertThat(wave.get("status").asText()).isEqualTo("PROPOSED");
	}


	/** In the inbox's current list, opens the case's task (the row whose step names {@code step}, if given). */
	private void openTask(String code) {
		By link = By.xpath("//tr[@data-row][.//a[@data-open][text()='" + code + "']]//a[@data-open]");
		for (int attempt = 1;; attempt++) {
			try {
				browser.clickable(link).click();
				break;
			}
			catch (org.openqa.selenium.WebDriverException replaced) {
				// The list refreshed itself (htmx) between finding the row and clicking it: find it again.
				if (attempt == 3) {
					throw replaced;
				}
			}
		}
		browser.find(By.id("task-actions"));
	}

	/** Opens the case's task from the inbox, claims it on the task page, and waits for its form to unlock. */
	private void claimAndOpen(String code, String step) {
		if (step != null) {
			browser.go("/inbox?list=unclaimed&q=" + code).sees(step);
		}
		openTask(code);
		browser.click(By.cssSelector("#task-actions [data-claim]"));
		browser.clickable(COMPLETE);
	}

	/**
	 * Clicks a choice that other questions depend on, and waits for htmx to redraw the form's fields (if it does), so
	 * the next field typed into is the redrawn one.
	 */
	private void choose(By choice) {
		WebElement element = browser.clickable(choice);
		element.click();
		try {
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(3))
				.until(ExpectedConditions.stalenessOf(element));
		}
		catch (org.openqa.selenium.TimeoutException notRedrawn) {
			// This choice hides or shows nothing: the form stays as it is.
		}
	}

	private void type(String id, String value) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private String status(String code) {
		return jdbc.queryForObject("SELECT status FROM req_request WHERE receipt_code = ?", String.class, code);
	}

	private String openTaskKey(String code) {
		return tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getTaskDefinitionKey();
	}

	/** A surname no other test uses, with a Vietnamese letter in it. */
	private static String unique() {
		String letters = "bcdghklmnpqrstvx";
		StringBuilder name = new StringBuilder("Đ");
		for (int i = 0; i < 6; i++) {
			name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return name.toString();
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

}
