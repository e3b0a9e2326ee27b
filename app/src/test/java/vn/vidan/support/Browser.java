package vn.vidan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a browser: Debian's headless Chromium driven through Selenium (nothing downloads a browser). Signs in on
 * Vidan's own page, checks each page with axe-core (WCAG 2.1 A and AA; no serious or critical violation) and saves
 * screenshots at a desk screen's and a phone's width under {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

	public static final int DESK = 1366;

	public static final int PHONE = 360;

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path AXE = Path.of("src/test/resources/vendor/axe-core-4.11.4/axe.min.js");

	private final WebDriver driver;

	private final String base;

	private final WebDriverWait wait;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
		// A page being replaced may go stale between finding an element and reading it: waits look again.
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** A fresh browser (no cookies) for the app on {@code port}; skips the test where Chromium is missing outside CI. */
	public static Browser open(int port) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (System.getenv("CI") == null) {
			Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + DESK + ",900", "--lang=vi-VN", "--hide-scrollbars",
				"--user-data-dir=" + Files.createTempDirectory("vidan-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public WebDriverWait waiting() {
		return wait;
	}

	/** Opens a path of the app, e.g. {@code /inbox?list=unclaimed}. */
	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	/**
	 * Signs in on Vidan's sign-in page, waits for the page that follows, and makes sure it speaks Vietnamese: the
	 * language is kept per person, and another test may have left this person in English.
	 */
	public Browser signIn(String username, String password) {
		signInKeepingLanguage(username, password);
		if (!"vi".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))
				&& !driver.findElements(By.cssSelector("footer button[name=lang][value=vi]")).isEmpty()) {
			language("vi");
		}
		return this;
	}

	/** Signs in and leaves the person's language as they last chose it. */
	public Browser signInKeepingLanguage(String username, String password) {
		go("/login");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return this;
	}

	/** Signs out, so the next person can sign in in the same browser. */
	public Browser signOut() {
		driver.findElement(By.cssSelector(".topbar__user button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		return this;
	}

	/** Switches the language with the footer's buttons ({@code vi} or {@code en}). */
	public Browser language(String lang) {
		driver.findElement(By.cssSelector("footer button[name=lang][value=" + lang + "]")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
		return this;
	}

	public WebElement find(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public WebElement clickable(By by) {
		return wait.until(ExpectedConditions.elementToBeClickable(by));
	}

	/**
	 * Clicks the element once it is clickable; when htmx redraws it between finding and clicking (the element is stale,
	 * or Chromium says its node left the document), finds it again, up to three times.
	 */
	public Browser click(By by) {
		for (int attempt = 1;; attempt++) {
			try {
				clickable(by).click();
				return this;
			}
			catch (WebDriverException replaced) {
				boolean redrawn = replaced instanceof StaleElementReferenceException
						|| String.valueOf(replaced.getMessage()).contains("does not belong to the document");
				if (!redrawn || attempt == 3) {
					throw replaced;
				}
			}
		}
	}

	/** Waits until the page's text contains {@code text}. */
	public Browser sees(String text) {
		wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
		return this;
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String source() {
		return driver.getPageSource();
	}

	/**
	 * Runs axe-core on the page as it is now and fails on any serious or critical WCAG 2.1 A/AA violation, naming the
	 * rule and the elements.
	 */
	@SuppressWarnings("unchecked")
	public Browser assertAccessible(String page) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
				      targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}))))
				  .catch(e => done([{id: 'axe-failed', impact: 'critical', targets: String(e)}]));""");
		List<String> serious = new ArrayList<>();
		for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
			Object impact = violation.get("impact");
			if ("serious".equals(impact) || "critical".equals(impact)) {
				serious.add(violation.get("id") + " (" + impact + "): " + violation.get("targets"));
			}
		}
		assertThat(serious).as("axe-core serious/critical violations on " + page).isEmpty();
		return this;
	}

	/**
	 * Saves {@code target/screenshots/<name>-<lang>-<width>.png} at the desk width and the phone width, the whole page
	 * tall, then returns to the desk width.
	 */
	public Browser screenshots(String name) throws IOException {
		String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
		for (int width : new int[] { DESK, PHONE }) {
			screenshot(name + "-" + lang + "-" + width, width);
		}
		driver.manage().window().setSize(new Dimension(DESK, 900));
		return this;
	}

	private void screenshot(String name, int width) throws IOException {
		driver.manage().window().setSize(new Dimension(width, 900));
		Number height = (Number) ((JavascriptExecutor) driver)
			.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
		driver.manage().window().setSize(new Dimension(width, Math.min(4000, Math.max(900, height.intValue()))));
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
				StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Quits the browser, first switching a person left in English back to Vietnamese: the choice is kept per person
	 * on the server, and the next test to sign them in expects the default.
	 */
	@Override
	public void close() {
		try {
			if (!"vi".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))
					&& !driver.findElements(By.cssSelector(".topbar__user")).isEmpty()) {
				language("vi");
			}
		}
		catch (RuntimeException pageGone) {
			// Nothing to put back: no page, or nobody signed in.
		}
		finally {
			driver.quit();
		}
	}

}
