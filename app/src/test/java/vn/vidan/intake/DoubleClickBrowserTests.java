package vn.vidan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.Browser;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * A double click on a workspace form that creates something (issue 11): the page's one-time token makes the second
 * submission land on what the first created. The dossier intake is covered in {@link IntakeBrowserTests}; here the
 * tip intake and a comment on a task.
 */
@PlatformIntegrationTest
class DoubleClickBrowserTests {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Sends the page's form twice at once, as a double click does past the page's own guard; the URLs landed on. */
	private static final String SEND_TWICE = """
			const done = arguments[arguments.length - 1];
			const form = document.querySelector(arguments[0]);
			const body = () => form.enctype === 'multipart/form-data' ? new FormData(form)
					: new URLSearchParams(new FormData(form));
			const send = () => fetch(form.action, {method: 'POST', body: body()}).then(r => r.status + ' ' + r.url);
			Promise.all([send(), send()]).then(done, e => done([String(e)]));""";

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	private Browser browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.open(port);
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.close();
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> sendTwice(String form) {
		return (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(SEND_TWICE, form);
	}

	private void type(String field, String text) {
		WebElement input = browser.find(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	@Test
	void aDoubleClickOnTakeTipTakesOneTip() {
		String description = "Cãi nhau gây mất trật tự, mã kiểm thử " + RANDOM.nextInt(100_000_000);
		browser.signIn("thao.dtk", "demo").go("/tips/new");
		browser.find(By.id("channel-PHONE")).click();
		type("incidentAddress", "Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13");
		new Select(browser.find(By.id("category"))).selectByValue("PUBLIC_ORDER");
		type("description", description);

		List<String> landed = sendTwice("#intake");

		assertThat(landed).hasSize(2);
		assertThat(landed.get(0)).contains("/tips/received/TB-HOAMINH-").isEqualTo(landed.get(1));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tip_report WHERE description = ?", Integer.class,
				description)).isOne();
	}

	@Test
	void aDoubleClickOnSendCommentAddsOneComment() {
		VidanApi api = new VidanApi(http);
		ResponseEntity<JsonNode> receipt = api.as("thao.dtk").postForEntity("/api/requests", VidanApi.json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
				              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
				 "documents":[{"code":"CT01","fileName":"ct01.pdf"},{"code":"CHO_O_HOP_PHAP","fileName":"hd.pdf"}]}"""),
				JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		String taskId = tasks.createTaskQuery()
			.processInstanceBusinessKey(receipt.getBody().get("receiptCode").asText())
			.taskDefinitionKey(ResidentRequestProcess.TASK_CHECK_COMPLETENESS)
			.singleResult()
			.getId();
		String comment = "Kiểm tra kỹ hợp đồng thuê nhà " + RANDOM.nextInt(100_000_000);
		browser.signIn("thao.dtk", "demo").go("/tasks/" + taskId);
		type("comment-message", comment);

		List<String> landed = sendTwice("#comments form");

		assertThat(landed).hasSize(2);
		assertThat(landed.get(0)).startsWith("200 ").contains("/tasks/" + taskId);
		assertThat(landed.get(1)).isEqualTo(landed.get(0));
		assertThat(tasks.getTaskComments(taskId).stream().filter(c -> comment.equals(c.getFullMessage())))
			.hasSize(1);
	}

}
