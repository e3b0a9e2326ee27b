package vn.vidan.workspace.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.Browser;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * The task page in a real browser: a desk officer checks a dossier's completeness with the form drawn by Vidan, is
 * refused while the missing documents are empty (in Vietnamese, beside the field and in the summary, nothing
 * changed), then completes it and lands in the inbox with the notice; the history names her. A colleague cannot
 * complete her task, and an officer of another ward cannot open it.
 */
@PlatformIntegrationTest
class TaskPageBrowserTests {

	private static final String DESK = "thao.dtk";

	private static final By MISSING = By.name(ResidentRequestProcess.Vars.MISSING_DOCUMENTS);

	private static final By COMPLETE = By.cssSelector("#task-form .actions button[type=submit]");

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Test
	void deskOfficerIsRefusedWithoutTheMissingDocumentsThenCompletesTheCompletenessCheck() throws Exception {
		String code = receiveDossier();
		String taskId = openTask(code);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DESK, "demo").go("/tasks/" + taskId);
			browser.sees("Kiểm tra tính đầy đủ của hồ sơ").sees(code).sees("Nhận việc để xử lý");
			assertThat(browser.find(MISSING).isEnabled()).as("form before claiming").isFalse();
			browser.assertAccessible("task page before claiming");

			claim(taskId, DESK);
			browser.go("/tasks/" + taskId);
			browser.sees("Bạn (Dương Thị Kim Thảo)");
			assertThat(browser.text()).doesNotContain("Nhận việc để xử lý");

			// The missing documents show while the dossier is not complete, re-drawn by the server as she answers.
			WebElement complete = browser.clickable(By.name(ResidentRequestProcess.Vars.DOSSIER_COMPLETE));
			browser.find(MISSING);
			complete.click();
			browser.waiting().until(driver -> driver.findElements(MISSING).isEmpty());
			browser.clickable(By.name(ResidentRequestProcess.Vars.DOSSIER_COMPLETE)).click();
			browser.find(MISSING);
			browser.assertAccessible("task page claimed");

			// A comment, stored as her.
			browser.find(By.id("comment-message")).sendKeys("Công dân hẹn mang hợp đồng thuê nhà vào thứ Hai.");
			browser.clickable(By.cssSelector("#comments button[type=submit]")).click();
			browser.sees("Đã gửi ý kiến").sees("Công dân hẹn mang hợp đồng thuê nhà vào thứ Hai.");
			browser.go("/tasks/" + taskId).find(MISSING);
			browser.screenshots("task");

			// Not complete, and the missing documents left empty: refused.
			browser.clickable(COMPLETE).click();
			WebElement summary = browser.find(By.cssSelector(".error-summary"));
			assertThat(summary.getText()).contains("Chưa hoàn thành được việc")
				.contains("Hãy điền «Giấy tờ cần bổ sung (liệt kê đủ một lần)».");
			assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#field-Field_MissingDocuments");
			assertThat(browser.find(By.id("field-Field_MissingDocuments-error")).getText())
				.contains("Hãy điền «Giấy tờ cần bổ sung (liệt kê đủ một lần)».");
			assertThat(browser.find(MISSING).getAttribute("aria-describedby")).contains("field-Field_MissingDocuments-error");
			assertThat(((JavascriptExecutor) browser.driver())
				.executeScript("return document.activeElement.classList.contains('error-summary')")).isEqualTo(true);
			browser.assertAccessible("task page refused");
			browser.screenshots("task-refused");
			// Nothing changed: the task is still open and the dossier still received.
			assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
			assertThat(dossier(code).get("status").asText()).isEqualTo("RECEIVED");

			// The summary's link takes her to the field; she lists the documents and completes the task.
			summary.findElement(By.tagName("a")).click();
			browser.find(MISSING).sendKeys("Hợp đồng thuê nhà có công chứng");
			browser.clickable(COMPLETE).click();
			browser.waiting().until(ExpectedConditions.urlContains("/inbox"));
			browser.sees("Đã hoàn thành «Kiểm tra tính đầy đủ của hồ sơ» của " + code + ".");
		}

		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
		JsonNode waiting = dossier(code);
		assertThat(waiting.get("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(waiting.get("missingDocuments").asText()).isEqualTo("Hợp đồng thuê nhà có công chứng");
		HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		assertThat(done.getAssignee()).isEqualTo(DESK);
		assertThat(done.getDeleteReason()).isEqualTo("completed");
		assertThat(tasks.getProcessInstanceComments(done.getProcessInstanceId())).singleElement()
			.satisfies(comment -> assertThat(comment.getUserId()).isEqualTo(DESK));

		// The resident brings the document; the next check's page shows who did the first one.
		ResponseEntity<String> supplement = new VidanApi(http).as(DESK).postForEntity(
				"/api/requests/" + code + "/supplement",
				VidanApi.json("{\"documents\":[{\"code\":\"CHO_O_HOP_PHAP\",\"fileName\":\"hop-dong.pdf\","
						+ "\"contentType\":\"application/pdf\",\"contentBase64\":\"JVBERi0xLjQK\"}]}"),
				String.class);
		assertThat(supplement.getStatusCode()).as(supplement.getBody()).isEqualTo(HttpStatus.OK);
		String again = openTask(code);
		claim(again, DESK);
		try (Browser browser = Browser.open(port)) {
			browser.signIn(DESK, "demo").go("/tasks/" + again);
			WebElement steps = browser.find(By.cssSelector("[aria-labelledby=steps-title] .timeline"));
			assertThat(steps.getText()).contains("Kiểm tra tính đầy đủ của hồ sơ").contains("Dương Thị Kim Thảo");
			browser.language("en");
			browser.sees("Steps so far").sees("Complete task").sees("You (Dương Thị Kim Thảo)");
			browser.assertAccessible("task page in English");
			browser.screenshots("task");
			browser.clickable(COMPLETE).click();
			browser.sees("The task was not completed").sees("Fill in “Giấy tờ cần bổ sung (liệt kê đủ một lần)”.");
			browser.assertAccessible("task page refused in English");
		}
	}

	@Test
	void onlyTheAssigneeCompletesAndAnotherWardCannotOpenTheTask() throws Exception {
		String code = receiveDossier();
		String taskId = openTask(code);
		claim(taskId, DESK);
		try (Browser browser = Browser.open(port)) {
			// A colleague of the same ward sees the task, read-only, and a forced submission is refused.
			browser.signIn("dung.vd", "demo").go("/tasks/" + taskId);
			browser.sees("Việc này đang do Dương Thị Kim Thảo xử lý");
			((JavascriptExecutor) browser.driver()).executeScript("""
					const form = document.getElementById('task-form');
					form.querySelector('fieldset').disabled = false;
					form.querySelector('[name=dossierComplete]').checked = true;
					form.querySelector('.actions button[type=submit]').click();""");
			browser.sees("chỉ người được giao mới hoàn thành được");
			assertThat(browser.find(By.cssSelector(".error-summary")).getText())
				.contains("Việc này đang do Dương Thị Kim Thảo xử lý");
			browser.assertAccessible("task page of a colleague");
			assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
			browser.signOut();

			// A desk officer of another ward may not open it at all.
			browser.signIn("nhung.pt", "demo").go("/tasks/" + taskId);
			browser.sees("Việc này ngoài phạm vi của bạn");
			assertThat(browser.text()).doesNotContain(code);

			// A task that does not exist (or is done): a clear page, not an error.
			browser.go("/tasks/no-such-task");
			browser.sees("Việc này không có, hoặc đã được xử lý xong.");
		}
		assertThat(dossier(code).get("status").asText()).isEqualTo("RECEIVED");
	}

	/** A dossier at the desk (README's example) for an applicant no other test uses. */
	private String receiveDossier() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String personalId = "048190" + String.format("%06d", random.nextInt(1_000_000));
		List<String> names = List.of("Lan", "Huệ", "Mai", "Cúc", "Đào", "Hồng", "Thu", "Vân", "Yến", "Ngọc");
		String applicant = "Phan Thị " + names.get(random.nextInt(names.size())) + " "
				+ names.get(random.nextInt(names.size())) + " " + personalId.substring(8);
		ResponseEntity<JsonNode> receipt = new VidanApi(http).as(DESK).postForEntity("/api/requests", VidanApi.json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"%s","personalId":"%s","phone":"0905123456",
				              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""".formatted(applicant, personalId)),
				JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	private String openTask(String code) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey(ResidentRequestProcess.TASK_CHECK_COMPLETENESS)
			.singleResult()
			.getId();
	}

	/**
	 * Claims through Camunda's REST API as the officer. (The page's claim button posts to the inbox's endpoint,
	 * which the inbox part of the workspace serves.)
	 */
	private void claim(String taskId, String officer) {
		ResponseEntity<String> claimed = new VidanApi(http).as(officer).postForEntity(
				"/engine-rest/task/" + taskId + "/claim", VidanApi.json("{\"userId\":\"" + officer + "\"}"),
				String.class);
		assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private JsonNode dossier(String code) {
		return new VidanApi(http).as(DESK).getForObject("/api/requests/" + code, JsonNode.class);
	}

}
