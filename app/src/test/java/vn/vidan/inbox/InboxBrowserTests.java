package vn.vidan.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.Browser;
import vn.vidan.support.PlatformIntegrationTest;

/**
 * Officers working their inbox in a real browser (Debian's headless Chromium): a desk officer finds a dossier by the
 * applicant's name typed without accents, claims twenty tasks in one action, moves and claims with the keyboard; the
 * city's director is refused when giving a ward's tasks to another ward's officer, and nothing changes. Every state
 * of the page passes axe-core; the screenshots "inbox" are saved in Vietnamese and English at 1366 and 360 px.
 */
@PlatformIntegrationTest
class InboxBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	private InboxFixtures fixtures;

	private Browser browser;

	@BeforeEach
	void open() throws Exception {
		fixtures = new InboxFixtures(http, jdbc);
		browser = Browser.open(port);
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void deskOfficerFindsTheDossierByTheApplicantsNameTypedWithoutAccents() throws Exception {
		String name = InboxFixtures.name("Nguyễn", "Văn");
		String id = InboxFixtures.idNumber();
		String receipt = fixtures.dossier("thao.dtk", "HOAMINH", name, id, InboxFixtures.address());

		browser.signIn("thao.dtk", "demo");
		browser.find(By.cssSelector("h1")).isDisplayed();
		assertThat(browser.driver().getCurrentUrl()).contains("/inbox");
		browser.assertAccessible("inbox, my tasks");
		WebElement search = browser.find(By.id("global-search"));
		search.sendKeys(SearchText.normalize(name) + Keys.ENTER);
		sees(receipt);
		assertThat(browser.find(By.cssSelector(".tabs a.is-current")).getText()).contains("Việc chờ nhận");
		assertThat(browser.text()).contains(name, "Đăng ký tạm trú", "Kiểm tra tính đầy đủ của hồ sơ",
				"Công an phường Hòa Minh", "Chưa có người nhận");
		browser.assertAccessible("inbox, search results");

		browser.go("/inbox?q=" + id.substring(8));
		sees(receipt);
		browser.go("/inbox?list=unclaimed&q=nguyen+van+" + SearchText.normalize(name.split(" ")[2]));
		sees(receipt);
	}

	@Test
	void deskOfficerClaimsTwentyTasksInOneAction() throws Exception {
		String address = InboxFixtures.address();
		List<String> receipts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			receipts.add(fixtures.dossier("thao.dtk", "HOAMINH", InboxFixtures.name(), InboxFixtures.idNumber(), address));
		}
		String lane = SearchText.normalize(address.split(",")[0]);

		browser.signIn("thao.dtk", "demo").go("/inbox?list=unclaimed&q=" + lane.replace(' ', '+'));
		sees(receipts.get(19));
		assertThat(browser.driver().findElements(By.cssSelector("[data-row]"))).hasSize(20);
		browser.clickable(By.cssSelector("[data-select-all]")).click();
		assertThat(browser.driver().findElements(By.cssSelector("[data-row] input[name=task]:checked"))).hasSize(20);
		browser.clickable(By.cssSelector("[data-bulk-claim]")).click();

		sees("Đã nhận 20 việc");
		browser.assertAccessible("inbox, after a bulk claim");
		for (String receipt : receipts) {
			String taskId = fixtures.openTask(receipt);
			assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("thao.dtk");
			assertThat(jdbc.queryForObject("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class, taskId))
				.isEqualTo("thao.dtk");
		}
		browser.go("/inbox?list=mine&q=" + lane.replace(' ', '+'));
		assertThat(browser.driver().findElements(By.cssSelector("[data-row]"))).hasSize(20);
	}

	@Test
	void assigningAWardsTasksToAnOfficerOfAnotherWardIsRefusedAndNothingChanges() throws Exception {
		String address = InboxFixtures.address();
		String first = fixtures.dossier("thao.dtk", "HOAMINH", InboxFixtures.name(), InboxFixtures.idNumber(), address);
		String second = fixtures.dossier("thao.dtk", "HOAMINH", InboxFixtures.name(), InboxFixtures.idNumber(), address);
		String lane = SearchText.normalize(address.split(",")[0]).replace(' ', '+');

		browser.signIn("khanh.dd", "demo").go("/inbox?list=unclaimed&q=" + lane);
		sees(first).sees(second);
		for (WebElement box : browser.driver().findElements(By.cssSelector("[data-row] input[name=task]"))) {
			box.click();
		}
		new Select(browser.find(By.id("bulk-assignee"))).selectByValue("nhung.pt");
		browser.clickable(By.cssSelector("[data-bulk-assign]")).click();

		WebElement refusal = browser.find(By.cssSelector(".error-summary"));
		assertThat(refusal.getText()).contains("Chưa thực hiện được, không có gì thay đổi",
				"Không giao được việc cho Phạm Thị Nhung", "không xử lý được hồ sơ của Công an phường Hòa Minh");
		browser.assertAccessible("inbox, a refused assignment");
		for (String receipt : List.of(first, second)) {
			String taskId = fixtures.openTask(receipt);
			assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
			assertThat(jdbc.queryForObject("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class, taskId))
				.isNull();
		}

		// A colleague of the ward may take them: the director gives one to the desk officer from its own page.
		browser.driver()
			.findElement(By.xpath("//tr[.//a[text()='" + first + "']]//a[contains(@href, '/inbox/assign')]"))
			.click();
		sees("Giao việc cho cán bộ");
		assertThat(browser.source()).doesNotContain("value=\"nhung.pt\"");
		browser.assertAccessible("assign one task");
		new Select(browser.find(By.id("assignee"))).selectByValue("thao.dtk");
		browser.clickable(By.cssSelector("main form button[type=submit]")).click();
		sees("Đã giao việc của " + first + " cho Dương Thị Kim Thảo");
		assertThat(tasks.createTaskQuery().taskId(fixtures.openTask(first)).singleResult().getAssignee())
			.isEqualTo("thao.dtk");
		browser.signOut();

		// The desk officer, signing in to her own tasks, sees it marked as new work; once seen, the badge goes.
		browser.go("/inbox?list=mine&q=" + lane);
		browser.find(By.id("username")).sendKeys("thao.dtk");
		browser.find(By.id("password")).sendKeys("demo" + Keys.ENTER);
		sees(first);
		assertThat(browser.find(By.cssSelector("#tab-mine [data-new-badge]")).getText()).matches("\\d+ mới");
		assertThat(browser.find(By.xpath("//tr[.//a[text()='" + first + "']]")).getText()).contains("Mới");
		browser.assertAccessible("inbox, newly assigned work");
		browser.go("/inbox?list=unclaimed");
		assertThat(browser.driver().findElements(By.cssSelector("#tab-mine [data-new-badge]"))).isEmpty();
	}

	@Test
	void jAndKMoveBetweenRowsCClaimsTheRowEnterOpensItAndSlashSearches() throws Exception {
		String address = InboxFixtures.address();
		List<String> receipts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			receipts.add(fixtures.dossier("thao.dtk", "HOAMINH", InboxFixtures.name(), InboxFixtures.idNumber(), address));
		}
		String lane = SearchText.normalize(address.split(",")[0]).replace(' ', '+');
		browser.signIn("thao.dtk", "demo").go("/inbox?list=unclaimed&sort=case&dir=asc&q=" + lane);
		sees(receipts.get(2));

		keys("j");
		assertThat(activeRowCode()).isEqualTo(receipts.get(0));
		keys("j");
		assertThat(activeRowCode()).isEqualTo(receipts.get(1));
		keys("k");
		assertThat(activeRowCode()).isEqualTo(receipts.get(0));
		assertThat(browser.driver().switchTo().activeElement().getAttribute("data-row")).isNotNull();
		browser.assertAccessible("inbox, a row chosen with the keyboard");

		keys("c");
		sees("Đã nhận việc của " + receipts.get(0));
		assertThat(tasks.createTaskQuery().taskId(fixtures.openTask(receipts.get(0))).singleResult().getAssignee())
			.isEqualTo("thao.dtk");
		assertThat(browser.driver().findElements(By.cssSelector("[data-row]"))).hasSize(2);

		keys("/");
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("global-search");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
		browser.find(By.tagName("h1")).click();
		keys("j");
		String taskId = browser.driver().switchTo().activeElement().getAttribute("data-task");
		keys(Keys.ENTER.toString());
		browser.waiting().until(ExpectedConditions.urlContains("/tasks/" + taskId));
	}

	@Test
	void theInboxInVietnameseAndEnglishOnADeskAndOnAPhone() throws Exception {
		// Hòa Quý's desk: a morning's dossiers, one claimed, one given to the desk officer by the chief.
		String[][] applicants = { { "Nguyễn Văn Ánh", "27 Trần Đại Nghĩa, Tổ dân phố Khái Tây 1, phường Hòa Quý" },
				{ "Trần Thị Hồng Nhung", "14 Lê Văn Hiến, Tổ dân phố Khái Tây 2, phường Hòa Quý" },
				{ "Lê Quang Đạo", "5 Mai Đăng Chơn, Tổ dân phố Thị An, phường Hòa Quý" },
				{ "Phạm Thị Mỹ Lệ", "88 Nguyễn Duy Trinh, Tổ dân phố Bá Tùng, phường Hòa Quý" } };
		List<String> receipts = new ArrayList<>();
		for (String[] applicant : applicants) {
			receipts.add(fixtures.dossier("yen.ht", "HOAQUY", applicant[0], InboxFixtures.idNumber(), applicant[1]));
		}
		tasks.claim(fixtures.openTask(receipts.get(0)), "yen.ht");
		browser.signIn("yen.ht", "demo");
		tasks.setAssignee(fixtures.openTask(receipts.get(1)), "yen.ht");
		browser.go("/inbox?list=unclaimed");
		try {
			sees(receipts.get(3)).sees("1 mới");
			browser.assertAccessible("inbox, waiting to be claimed").screenshots("inbox");

			// New work shows in the counts without a reload: the tabs' poll (run now rather than in 30 s). Other
			// tests may have left Hòa Quý work open: the count grows by one, whatever it was.
			int before = Integer.parseInt(browser.find(By.cssSelector("#tab-unclaimed .count")).getText().trim());
			fixtures.dossier("yen.ht", "HOAQUY", "Võ Thị Thu Hà", InboxFixtures.idNumber(),
					"3 Lê Quang Đạo, Tổ dân phố Thị An, phường Hòa Quý");
			((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
					"var tabs = document.getElementById('inbox-tabs');"
							+ "htmx.ajax('GET', tabs.getAttribute('hx-get'), {target: tabs, swap: 'outerHTML'});");
			browser.waiting()
				.until(driver -> driver.findElement(By.cssSelector("#tab-unclaimed .count"))
					.getText()
					.trim()
					.equals(String.valueOf(before + 1)));
			browser.clickable(By.cssSelector("details.inbox-filters > summary")).click();
			browser.assertAccessible("inbox, filters open");
			new Select(browser.find(By.id("f-procedure"))).selectByValue("TAM_TRU");
			browser.clickable(By.cssSelector(".inbox-filters__actions button")).click();
			browser.find(By.id("saved-name")).sendKeys("Hồ sơ tạm trú");
			browser.clickable(By.id("saved-shared")).click();
			browser.clickable(By.cssSelector(".saved-filters__form button")).click();
			sees("Đã lưu bộ lọc “Hồ sơ tạm trú”.");
			browser.go("/inbox?list=overdue&q=khong+co+ho+so+nay");
			sees("Không có việc nào quá hạn.");
			browser.assertAccessible("inbox, an empty list");

			browser.go("/inbox?list=unclaimed");
			language("en");
			sees("Waiting to be claimed");
			browser.assertAccessible("inbox in English").screenshots("inbox");
			browser.go("/inbox?list=mine");
			sees("My tasks").sees("Result due");
			browser.assertAccessible("inbox in English, my tasks");
		}
		finally {
			language("vi");
		}
		sees("Việc của tôi");
		assertThat(browser.driver().findElement(By.cssSelector(".saved-filters__list a")).getAttribute("textContent"))
			.isEqualTo("Hồ sơ tạm trú");
	}

	/**
	 * Waits until the page says {@code text}, across the page that is going away (an action's POST and redirect): the
	 * body read a moment ago may already be stale.
	 */
	private InboxBrowserTests sees(String text) {
		browser.waiting()
			.ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
		return this;
	}

	/** Switches the language with the footer's buttons and waits for the page in it. */
	private void language(String lang) {
		browser.waiting()
			.ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				driver.findElement(By.cssSelector("footer button[name=lang][value=" + lang + "]")).click();
				return true;
			});
		browser.waiting()
			.ignoring(StaleElementReferenceException.class)
			.until(driver -> lang.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
	}

	private void keys(String keys) {
		new Actions(browser.driver()).sendKeys(keys).perform();
	}

	private String activeRowCode() {
		return browser.find(By.cssSelector("[data-row].is-active [data-open]")).getText();
	}

}
