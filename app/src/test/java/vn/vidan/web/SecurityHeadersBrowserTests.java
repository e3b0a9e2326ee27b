package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vidan.support.Browser;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * The Content-Security-Policy breaks nothing (issue 11): Swagger UI lists the API, the sign-in page signs in, and a
 * dossier's page draws its diagram with bpmn-js, with no policy violation in the browser's console.
 */
@PlatformIntegrationTest
class SecurityHeadersBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	private static void assertNoViolations(Browser browser, String where) {
		List<LogEntry> console = browser.driver().manage().logs().get(LogType.BROWSER).getAll();
		assertThat(console).as("console of " + where)
			.noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
	}

	@Test
	void swaggerUiTheSignInPageAndADossiersDiagramRunUnderThePolicy() throws Exception {
		JsonNode receipt = new VidanApi(http).as("thao.dtk")
			.postForObject("/api/requests", VidanApi.json("""
					{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
					 "applicant":{"fullName":"Hồ Thị Chính Sách","personalId":"048190000777","phone":"0905123456",
					              "address":"9 Trần Phú"},
					 "documents":[{"code":"CT01","fileName":"ct01.pdf","contentBase64":"JVBERi0xLjQK"},
					              {"code":"CHO_O_HOP_PHAP"}]}"""), JsonNode.class);
		try (Browser browser = Browser.open(port)) {
			browser.go("/swagger-ui/index.html");
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag, .opblock")));
			assertNoViolations(browser, "Swagger UI");

			browser.signIn("thao.dtk", "demo");
			assertNoViolations(browser, "the sign-in page and the workspace");

			browser.go("/requests/" + receipt.get("receiptCode").asText());
			browser.waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".case-diagram .case-current")));
			assertNoViolations(browser, "the dossier page");

			// The check sees a violation when there is one: an inline script is refused.
			((JavascriptExecutor) browser.driver()).executeScript("var s = document.createElement('script');"
					+ " s.textContent = 'window.inlineRan = true'; document.body.appendChild(s);");
			assertThat(browser.driver().manage().logs().get(LogType.BROWSER).getAll())
				.anyMatch(entry -> entry.getMessage().contains("Content Security Policy"));
			assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.inlineRan === true"))
				.isEqualTo(false);
		}
	}

}
