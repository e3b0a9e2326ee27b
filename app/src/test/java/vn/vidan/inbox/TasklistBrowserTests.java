package vn.vidan.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Ward officers sign in with a real browser (Debian's headless Chromium) and find their unit's inbox in Camunda
 * Tasklist: the desk officer a dossier with its form, the duty officer a tip to triage with its form and nothing of the
 * reporter. Screenshots go to {@code target/screenshots}.
 */
@PlatformIntegrationTest
class TasklistBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TestRestTemplate http;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() throws Exception {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (System.getenv("CI") == null) {
			Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1440,900", "--lang=vi-VN",
				"--user-data-dir=" + Files.createTempDirectory("vidan-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void wardOfficerSignsInAndOpensTheTaskInTheirUnitsInboxWithItsForm() throws Exception {
		runtime.startProcessInstanceByKey(ResidentRequestProcess.PROCESS_KEY, "HOAMINH-UI-" + UUID.randomUUID(),
				Map.of(ResidentRequestProcess.Vars.UNIT_CODE, "HOAMINH"));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

		browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("thao.dtk");
		browser.findElement(By.name("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		try {
			By unitFilter = By.xpath("//*[contains(text(), 'Việc của Công an phường Hòa Minh')]");
			wait.until(ExpectedConditions.elementToBeClickable(unitFilter)).click();
			By task = By.xpath("//*[contains(text(), 'Kiểm tra tính đầy đủ của hồ sơ')]");
			wait.until(ExpectedConditions.elementToBeClickable(task)).click();
			// The Camunda Form deployed with the process renders in the task view.
			By formField = By.xpath("//*[contains(text(), 'Hồ sơ đầy đủ, hợp lệ')]");
			wait.until(ExpectedConditions.visibilityOfElementLocated(formField));
		}
		finally {
			screenshot("tasklist-hoa-minh-desk.png");
		}

		assertThat(browser.getPageSource()).contains("Việc chờ nhận")
			.doesNotContain("Việc của Công an phường Hòa An");
	}

	@Test
	void dutyOfficerOpensATipToTriageAndSeesNothingOfTheReporter() throws Exception {
		ResponseEntity<String> reported = http.postForEntity("/api/public/tips", VidanApi.json("""
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 14, phường Hòa Minh","incidentAt":"%s",
				 "description":"Xe máy dựng chắn lối đi chung","suggestedCategory":"PUBLIC_ORDER",
				 "reporter":{"fullName":"Trịnh Văn Quxyzzyw","phone":"0912000333"}}"""
			.formatted(java.time.Instant.now().minus(Duration.ofHours(1)))), String.class);
		assertThat(reported.getStatusCode().value()).isEqualTo(201);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

		browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("trung.hq");
		browser.findElement(By.name("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		try {
			By unitFilter = By.xpath("//*[contains(text(), 'Việc của Công an phường Hòa Minh')]");
			wait.until(ExpectedConditions.elementToBeClickable(unitFilter)).click();
			By task = By.xpath("//*[contains(text(), 'Phân loại tin báo')]");
			wait.until(ExpectedConditions.elementToBeClickable(task)).click();
			By notice = By.xpath("//*[contains(text(), 'Danh tính người báo tin được bảo vệ')]");
			wait.until(ExpectedConditions.visibilityOfElementLocated(notice));
			wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//*[contains(text(), 'Tố giác, tin báo về tội phạm')]")));
		}
		finally {
			screenshot("tasklist-hoa-minh-duty-triage.png");
		}

		assertThat(browser.getPageSource()).doesNotContain("Quxyzzyw", "0912000333");
	}

	private void screenshot(String name) throws Exception {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target", "screenshots", name);
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
