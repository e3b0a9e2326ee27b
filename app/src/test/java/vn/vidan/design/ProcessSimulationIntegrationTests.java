package vn.vidan.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.vidan.process.ProcessResources;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.request.RequestIntake;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Before deploying a version without the on-site check, the designer replays the last closed dossiers through it: the
 * ones that went through the check are listed (their path no longer exists), the others are not; and the verification
 * step's due date, lengthened from one working day to three, is reported with how many past dossiers were late under
 * the old rule and would have been under the new.
 */
@PlatformIntegrationTest
class ProcessSimulationIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RequestIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	ProcessResources shipped;

	DossierSteps steps;

	@BeforeEach
	void steps() {
		steps = new DossierSteps(intake, tasks, identity);
	}

	@Test
	void listsTheClosedDossiersWhosePathTheChangeRemoves() {
		List<String> checkedOnSite = steps.closed(2, true);
		List<String> notChecked = steps.closed(3, false);
		String changed = new String(
				DossierSteps.withoutOnSiteCheck(shipped.all().get("processes/request/resident-request.bpmn")),
				StandardCharsets.UTF_8)
			.replaceFirst("(<bpmn:userTask id=\"Task_VerifyDossier\"[^>]*camunda:dueDate=\")P1D\"", "$1P3D\"");
		assertThat(changed).contains("camunda:dueDate=\"P3D\"");

		ResponseEntity<JsonNode> report = simulate("designer", changed.getBytes(StandardCharsets.UTF_8), 200);

		assertThat(report.getStatusCode()).as(String.valueOf(report.getBody())).isEqualTo(HttpStatus.OK);
		JsonNode body = report.getBody();
		assertThat(body.get("processKey").asText()).isEqualTo(ResidentRequestProcess.PROCESS_KEY);
		List<String> affected = body.get("affected").findValuesAsText("businessKey");
		assertThat(affected).containsAll(checkedOnSite).doesNotContainAnyElementsOf(notChecked);
		JsonNode first = body.get("affected").get(affected.indexOf(checkedOnSite.get(0)));
		assertThat(first.get("activityId").asText()).isEqualTo(ResidentRequestProcess.TASK_CHECK_ON_SITE);
		assertThat(first.get("activityName").asText()).isEqualTo("Xác minh thực tế tại địa bàn");
		assertThat(first.get("reason").asText()).isEqualTo("removed");
		JsonNode verify = step(body, ResidentRequestProcess.TASK_VERIFY_DOSSIER);
		assertThat(verify.get("oldDueDate").asText()).isEqualTo("P1D");
		assertThat(verify.get("newDueDate").asText()).isEqualTo("P3D");
		assertThat(verify.get("cases").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(verify.get("lateAfter").asInt()).isLessThanOrEqualTo(verify.get("lateBefore").asInt());
		assertThat(body.get("cases").asInt()).isEqualTo(body.get("unaffected").asInt() + affected.size());
	}

	@Test
	void refusesWhatIsNotAModelAndOfficers() {
		assertThat(simulate("designer", "<not-bpmn/>".getBytes(StandardCharsets.UTF_8), 10).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(simulate("designer", shipped.all().get("processes/request/resident-request.bpmn"), 0)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(simulate(DossierSteps.DESK, shipped.all().get("processes/request/resident-request.bpmn"), 10)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private static JsonNode step(JsonNode report, String activityId) {
		for (JsonNode step : report.get("steps")) {
			if (step.get("activityId").asText().equals(activityId)) {
				return step;
			}
		}
		throw new AssertionError("no step " + activityId + " in " + report);
	}

	private ResponseEntity<JsonNode> simulate(String user, byte[] model, int cases) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("cases", String.valueOf(cases));
		parts.add("model", new ByteArrayResource(model) {
			@Override
			public String getFilename() {
				return "resident-request.bpmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new VidanApi(http).as(user)
			.postForEntity("/api/design/simulations", new HttpEntity<>(parts, headers), JsonNode.class);
	}

}
