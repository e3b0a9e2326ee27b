package vn.vidan.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vidan.process.ProcessResources;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.request.RequestIntake;
import vn.vidan.support.Browser;
import vn.vidan.support.PlatformIntegrationTest;

/**
 * The designer's page in a real browser: two dossiers run on a version that a newer one has replaced; the designer
 * sees them by step, dry-runs the move, moves them and sees it finished; then tries a changed model before deploying
 * it and reads which closed dossiers no longer fit. Every state passes axe; screenshots at desk and phone widths.
 */
@PlatformIntegrationTest
class DesignBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	RequestIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	ManagementService management;

	@Autowired
	ProcessResources shipped;

	private Browser browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.open(port);
	}

	@AfterEach
	void close() {
		browser.close();
	}

	@Test
	void aDesignerMovesRunningDossiersToTheNewVersionAndTriesAChange() throws Exception {
		DossierSteps steps = new DossierSteps(intake, tasks, identity);
		List<String> running = steps.receive(2);
		steps.complete(DossierSteps.DESK, running.get(1), ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				Map.of(Vars.DOSSIER_COMPLETE, true));
		String oldVersion = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(running.get(0))
			.singleResult()
			.getProcessDefinitionId();
		deployANewerVersion();

		browser.signIn("designer", "demo").go("/design");
		browser.sees("Quy trình và phiên bản").sees("ResidentRequestProcess").sees("Kiểm tra tính đầy đủ của hồ sơ");
		browser.assertAccessible("design-processes").screenshots("design-processes");

		browser.clickable(By.cssSelector("form[action$='/design/dry-run'] input[value='" + oldVersion + "'] ~ button"))
			.click();
		browser.sees("Chạy thử: phiên bản").sees("hồ sơ chuyển được").sees("Kế hoạch chuyển");
		browser.assertAccessible("design-dry-run").screenshots("design-dry-run");
		browser.clickable(By.cssSelector("form[action$='/design/migrations'] button")).click();
		browser.sees("Đang chuyển");
		management.createBatchQuery().list().forEach(batch -> DossierSteps.runBatch(management, batch.getId()));
		browser.clickable(By.linkText("Xem lại tiến độ")).click();
		browser.sees("Đã chuyển xong");
		for (String code : running) {
			assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult()
				.getProcessDefinitionId()).as(code).isNotEqualTo(oldVersion);
		}

		List<String> closedOnSite = steps.closed(1, true);
		steps.closed(1, false);
		Path changed = Files.createTempFile("resident-request-", ".bpmn");
		Files.write(changed, DossierSteps.withoutOnSiteCheck(shipped.all().get("processes/request/resident-request.bpmn")));
		browser.go("/design");
		browser.find(By.id("model")).sendKeys(changed.toAbsolutePath().toString());
		browser.clickable(By.cssSelector("form[action$='/design/simulations'] button")).click();
		browser.sees("Chạy thử " + changed.getFileName()).sees("Hồ sơ không còn đường đi").sees(closedOnSite.get(0))
			.sees("Thời hạn từng bước theo mô hình mới");
		browser.assertAccessible("design-simulation").screenshots("design-simulation");

		browser.language("en").go("/design");
		browser.sees("Processes and versions").sees("Try a change before deploying it");
		browser.assertAccessible("design-processes in English").screenshots("design-processes");
	}

	@Test
	void anOfficerHasNoDesignersPage() throws Exception {
		browser.signIn(DossierSteps.DESK, "demo").go("/design");

		browser.sees("Việc này ngoài phạm vi của bạn");
		assertThat(browser.driver().findElements(By.cssSelector("nav a[href$='/design']"))).isEmpty();
	}

	/** A version that differs only in a note, as after a designer's small edit: the running dossiers stay behind. */
	private void deployANewerVersion() {
		String model = new String(shipped.all().get("processes/request/resident-request.bpmn"), StandardCharsets.UTF_8)
			.replaceFirst("(<bpmn:userTask id=\"Task_VerifyDossier\"[^>]*>)",
					"$1<bpmn:documentation>Ghi rõ căn cứ thẩm định.</bpmn:documentation>");
		DeploymentBuilder deployment = repository.createDeployment().name("design-browser-test");
		deployment.addInputStream("processes/request/resident-request.bpmn",
				new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)));
		shipped.all().forEach((name, bytes) -> {
			if (name.startsWith("forms/resident-request")) {
				deployment.addInputStream(name, new ByteArrayInputStream(bytes));
			}
		});
		deployment.deploy();
	}

}
