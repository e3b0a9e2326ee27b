package vn.vidan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.Browser;
import vn.vidan.support.IdentityLeakScan;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * The intake pages in a real browser: the desk officer of Hòa Minh receives a dossier (a refusal first, in Vietnamese,
 * storing nothing), prints its receipt and finds it in the list; a double click opens one dossier; a tip taken by
 * phone shows its reference and follow-up codes once, and its reporter nowhere but the vault. Every page state passes
 * axe; screenshots in Vietnamese and English at desk and phone widths.
 */
@PlatformIntegrationTest
class IntakeBrowserTests {

	private static final SecureRandom RANDOM = new SecureRandom();

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	private Browser browser;

	private Path scan;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.open(port);
		scan = Files.createTempFile("giay-to-cho-o-", ".pdf");
		Files.writeString(scan, "%PDF-1.4\n% Vidan intake test scan " + RANDOM.nextLong() + "\n%%EOF\n");
	}

	@AfterEach
	void close() throws Exception {
		if (browser != null) {
			try {
				// The language is kept per person on the server: leave thao.dtk in Vietnamese for the other tests.
				if (browser.driver().findElements(By.cssSelector("footer button[name=lang][value=vi]")).size() > 0
						&& !"vi".equals(browser.find(By.tagName("html")).getAttribute("lang"))) {
					browser.language("vi");
				}
			}
			finally {
				browser.close();
			}
		}
		Files.deleteIfExists(scan);
	}

	@Test
	void deskOfficerReceivesADossierAfterAVietnameseRefusalAndPrintsTheReceipt() throws Exception {
		String name = uniqueName("Nguyễn Thị");
		String personalId = "048190" + digits(6);
		browser.signIn("thao.dtk", "demo").go("/requests/new");
		browser.find(By.id("procedure"));
		browser.assertAccessible("intake-request, no procedure yet");

		// Choosing the procedure brings its documents (htmx), with its time and fee.
		new Select(browser.find(By.id("procedure"))).selectByValue("TAM_TRU");
		browser.find(By.id("doc-CT01"));
		browser.sees("3 ngày làm việc").sees("15.000 đồng");
		assertThat(browser.driver().getCurrentUrl()).contains("/requests/new?procedure=TAM_TRU");
		browser.assertAccessible("intake-request, TAM_TRU chosen");

		// The phone number is missing: refused, in Vietnamese, beside the field and in the summary; nothing stored.
		browser.find(By.id("doc-CT01")).click();
		browser.find(By.id("scan-CHO_O_HOP_PHAP")).sendKeys(scan.toAbsolutePath().toString());
		type("applicantName", name);
		type("applicantId", personalId);
		type("applicantAddress", "45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh");
		submit();
		WebElement summary = browser.find(By.cssSelector(".error-summary"));
		assertThat(summary.getText()).contains("Cần sửa trước khi tiếp nhận", "Nhập số điện thoại của người nộp hồ sơ");
		assertThat(summary.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("#applicantPhone");
		assertThat(browser.find(By.id("applicantPhone-error")).getText()).contains("Nhập số điện thoại của người nộp hồ sơ");
		assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
		assertThat(errorsText()).doesNotContain(personalId, name);
		assertThat(dossiersOf(name)).isZero();
		browser.assertAccessible("intake-request, refused");
		browser.screenshots("intake-request-errors");

		// Corrected (the scan chosen again): received, with its receipt code.
		type("applicantPhone", "0905 123 456");
		browser.find(By.id("scan-CHO_O_HOP_PHAP")).sendKeys(scan.toAbsolutePath().toString());
		submit();
		browser.waiting().until(ExpectedConditions.urlContains("/requests/received/"));
		String code = browser.find(By.id("receipt-code")).getText();
		assertThat(code).matches("HOAMINH-\\d{6}-\\d{4}");
		browser.sees("Đã tiếp nhận hồ sơ").sees(name);
		browser.assertAccessible("intake-request, confirmation");
		browser.screenshots("intake-request-received");
		assertThat(dossiersOf(name)).isOne();

		// "In phiếu tiếp nhận" opens the receipt PDF, as the signed-in officer.
		String pdfLink = browser.find(By.id("receipt-pdf")).getAttribute("href");
		assertThat(pdfLink).endsWith("/api/requests/" + code + "/receipt.pdf");
		HttpResponse<byte[]> pdf = asTheBrowser(pdfLink);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// The printable receipt: the resident's paper, in Vietnamese.
		browser.find(By.id("receipt-html")).click();
		browser.sees("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").sees(code).sees(personalId);
		browser.assertAccessible("intake-request, printable receipt");
		browser.screenshots("intake-request-receipt");

		// The dossier exists for the API, with the scan stored under its SHA-256.
		JsonNode dossier = new VidanApi(http).as("thao.dtk").getForObject("/api/requests/" + code, JsonNode.class);
		assertThat(dossier.get("applicant").get("fullName").asText()).isEqualTo(name);
		assertThat(dossier.get("channel").asText()).isEqualTo("DESK");
		assertThat(dossier.get("receivedBy").asText()).isEqualTo("thao.dtk");
		assertThat(dossier.get("documents").findValuesAsText("code")).containsExactlyInAnyOrder("CT01", "CHO_O_HOP_PHAP");
		JsonNode scanned = List.copyOf(dossier.get("documents").findParents("code"))
			.stream()
			.filter(document -> document.get("code").asText().equals("CHO_O_HOP_PHAP"))
			.findFirst()
			.orElseThrow();
		assertThat(scanned.get("sha256").asText()).isEqualTo(sha256(Files.readAllBytes(scan)));

		// The list of the unit's dossiers finds it by name; then the same pages in English.
		browser.go("/requests?search=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
		browser.sees(code).sees("Đã tiếp nhận").sees("Đăng ký tạm trú");
		assertThat(browser.find(By.cssSelector("a.button[href='/requests/new']")).getText()).isEqualTo("Tiếp nhận hồ sơ");
		browser.assertAccessible("list-requests");
		browser.screenshots("list-requests");
		browser.go("/requests/new?procedure=TAM_TRU").find(By.id("doc-CT01"));
		browser.screenshots("intake-request");

		browser.language("en");
		browser.sees("Receive a dossier").sees("Temporary residence registration").sees("3 working days");
		browser.assertAccessible("intake-request, English");
		browser.screenshots("intake-request");
		submit();
		browser.find(By.cssSelector(".error-summary")).getText();
		browser.sees("There is a problem").sees("Enter the applicant's full name");
		browser.assertAccessible("intake-request, refused, English");
		browser.screenshots("intake-request-errors");
		browser.go("/requests?search=" + code).sees(code).sees("Dossiers").sees("Received");
		browser.assertAccessible("list-requests, English");
		browser.screenshots("list-requests");
		browser.language("vi");
	}

	@Test
	void aDoubleClickOnReceiveOpensOneDossier() throws Exception {
		String name = uniqueName("Trần Văn");
		browser.signIn("thao.dtk", "demo").go("/requests/new?procedure=GIA_HAN_TAM_TRU");
		browser.find(By.id("doc-CT01")).click();
		type("applicantName", name);
		type("applicantId", "048095" + digits(6));
		type("applicantPhone", "0935111222");
		type("applicantAddress", "12 Lê Độ, Tổ dân phố 2, phường Hòa Minh");

		// Two submissions of the same form at once, as a double click sends them (past the page's own guard).
		@SuppressWarnings("unchecked")
		List<String> landed = (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.getElementById('intake');
				const send = () => fetch(form.action, {method: 'POST', body: new FormData(form)}).then(r => r.url);
				Promise.all([send(), send()]).then(done, e => done([String(e)]));""");
		assertThat(landed).hasSize(2);
		assertThat(landed.get(0)).contains("/requests/received/HOAMINH-").isEqualTo(landed.get(1));
		assertThat(dossiersOf(name)).isOne();

		// Sending the page once more (back button, reload) lands on the same dossier too.
		submit();
		browser.waiting().until(ExpectedConditions.urlContains("/requests/received/"));
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(landed.get(0));
		assertThat(dossiersOf(name)).isOne();
	}

	@Test
	void aTipTakenByPhoneShowsItsReferenceAndFollowUpCodesOnceAndItsReporterNowhere() throws Exception {
		String reporter = uniqueName("Trịnh Thị");
		String description = "Nhóm thanh niên tụ tập gây ồn sau 23 giờ, mã kiểm thử " + digits(8);
		browser.signIn("thao.dtk", "demo").go("/tips/new");
		browser.find(By.id("incidentAddress"));
		browser.assertAccessible("intake-tip");
		browser.screenshots("intake-tip");

		browser.find(By.id("channel-PHONE")).click();
		type("incidentAddress", "Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13");
		new Select(browser.find(By.id("category"))).selectByValue("PUBLIC_ORDER");
		browser.find(By.id("attachments")).sendKeys(scan.toAbsolutePath().toString());
		type("reporterName", reporter);
		type("reporterPhone", "0905 777 888");
		browser.find(By.id("follow")).click();

		// No description: refused without a word of the reporter, nothing stored.
		submit();
		WebElement summary = browser.find(By.cssSelector(".error-summary"));
		assertThat(summary.getText()).contains("Nhập nội dung tin báo");
		assertThat(browser.find(By.id("description-error")).getText()).contains("Nhập nội dung tin báo");
		assertThat(errorsText()).doesNotContain(reporter, "0905777888", "0905 777 888");
		browser.assertAccessible("intake-tip, refused");

		type("description", description);
		browser.find(By.id("attachments")).sendKeys(scan.toAbsolutePath().toString());
		submit();
		browser.waiting().until(ExpectedConditions.urlContains("/tips/received/"));
		String reference = browser.find(By.id("tip-reference")).getText();
		assertThat(reference).matches("TB-HOAMINH-\\d{4}-\\d{4}");
		assertThat(browser.find(By.id("tracking-code")).getText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(browser.find(By.id("tracking-secret")).getText()).hasSize(20);
		assertThat(browser.source()).doesNotContain(reporter, "0905777888");
		browser.assertAccessible("intake-tip, confirmation");
		browser.screenshots("intake-tip-received");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tip_report WHERE description = ?", Integer.class,
				description)).isOne();

		// The secret is shown once: the same page again has the reference and no codes.
		browser.go("/tips/received/" + reference).sees(reference);
		assertThat(browser.driver().findElements(By.id("tracking-secret"))).isEmpty();

		// The tip in the unit's list, without its reporter.
		browser.go("/tips?search=" + reference).sees(reference).sees("Phản ánh trật tự công cộng").sees("Qua điện thoại");
		assertThat(browser.source()).doesNotContain(reporter, "0905777888");
		browser.assertAccessible("list-tips");
		browser.screenshots("list-tips");

		// The vault is the only place the reporter's name is: no other table, no log line.
		assertThat(IdentityLeakScan.findings(jdbc, List.of(reporter, "0905777888"), List.of("tip_reporter_vault"),
				List.of(Path.of(PlatformIntegrationTest.LOG))))
			.isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tip_reporter_vault WHERE reference = ?", Integer.class,
				reference)).isOne();

		browser.language("en").go("/tips/new");
		browser.sees("Take a tip").sees("Reporter (optional)");
		browser.assertAccessible("intake-tip, English");
		browser.screenshots("intake-tip");
		browser.go("/tips?search=" + reference).sees(reference).sees("Public order complaint");
		browser.assertAccessible("list-tips, English");
		browser.screenshots("list-tips");
		browser.language("vi");
	}

	private void type(String field, String text) {
		WebElement input = browser.find(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	private void submit() {
		WebElement button = browser.clickable(By.cssSelector("#intake button[type=submit]"));
		button.click();
		browser.waiting().until(ExpectedConditions.stalenessOf(button));
	}

	/** The text of every error message on the page: the summary and those beside fields. */
	private String errorsText() {
		StringBuilder text = new StringBuilder();
		browser.driver()
			.findElements(By.cssSelector(".error-summary, .field__error"))
			.forEach(element -> text.append(element.getText()).append('\n'));
		return text.toString();
	}

	private int dossiersOf(String applicantName) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM req_request WHERE applicant_name = ?", Integer.class,
				applicantName);
	}

	/** A GET with the browser's session, as the link would be followed. */
	private HttpResponse<byte[]> asTheBrowser(String url) throws Exception {
		String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A Vietnamese-looking name no other test uses. */
	private static String uniqueName(String family) {
		String[] syllables = { "An", "Bảo", "Châu", "Diệp", "Giang", "Hạnh", "Khuê", "Linh", "Mẫn", "Ngọc", "Phương",
				"Quế", "Sương", "Thư", "Uyên", "Vy", "Xuân", "Yến" };
		StringBuilder name = new StringBuilder(family);
		for (int i = 0; i < 3; i++) {
			name.append(' ').append(syllables[RANDOM.nextInt(syllables.length)]);
		}
		return name.append(' ').append(Map.of(0, "Kỳ", 1, "Quỳnh", 2, "Đoan").get(RANDOM.nextInt(3)))
			.append(digits(3).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).reduce("", String::concat))
			.toString();
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(RANDOM.nextInt(10));
		}
		return digits.toString();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
