package vn.vidan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.PlatformIntegrationTest;

/** The calendar over HTTP, and inside the engine: task due dates and timers count working time. */
@PlatformIntegrationTest
class CalendarIntegrationTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	private Deployment deployed;

	@AfterEach
	void resetClockAndDeployment() {
		ClockUtil.reset();
		if (deployed != null) {
			repository.deleteDeployment(deployed.getId(), true);
		}
	}

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
	}

	private ResponseEntity<JsonNode> get(String user, String path) {
		return http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").getForEntity(path, JsonNode.class);
	}

	private ResponseEntity<JsonNode> put(String user, String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo")
			.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), JsonNode.class);
	}

	@Test
	void answersADeadlineAcrossTet() {
		JsonNode deadline = get("thao.dtk",
				"/api/calendar/deadline?from=2026-02-13T03:00:00Z&duration=P3D&unit=HOAMINH").getBody();

		assertThat(Instant.parse(deadline.get("due").asText())).isEqualTo(Instant.parse("2026-02-25T03:00:00Z"));
	}

	@Test
	void refusesBadDeadlineQuestionsClearly() {
		ResponseEntity<JsonNode> weeks = get("thao.dtk", "/api/calendar/deadline?from=2026-02-13T03:00:00Z&duration=P2W");
		assertThat(weeks.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(weeks.getBody().get("detail").asText()).contains("“P2W”", "P7D");

		ResponseEntity<JsonNode> from = get("thao.dtk", "/api/calendar/deadline?from=yesterday&duration=P1D");
		assertThat(from.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(from.getBody().get("detail").asText()).contains("“from”", "2026-03-09T09:00:00+07:00");

		assertThat(get("thao.dtk", "/api/calendar/deadline?from=2026-02-13T03:00:00Z").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get("thao.dtk", "/api/calendar/deadline?from=2026-02-13T03:00:00Z&duration=P1D&unit=HOAXUAN")
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void listsTheDaysOffOfAYear() {
		JsonNode days = get("thao.dtk", "/api/calendar/days?year=2026").getBody();

		assertThat(days.findValuesAsText("date")).contains("2026-02-16", "2026-02-20", "2026-04-27", "2026-09-02");
		assertThat(days.toString()).contains("Tết Nguyên đán Bính Ngọ");
	}

	@Test
	void letsOnlyAnAdministratorDeclareADayOffAndDeadlinesFollowIt() {
		String path = "/api/calendar/days/2026-03-16";
		String deadline = "/api/calendar/deadline?from=2026-03-13T02:00:00Z&duration=P1D";
		assertThat(get("thao.dtk", deadline).getBody().get("due").asText()).isEqualTo("2026-03-16T02:00:00Z");

		assertThat(put("thao.dtk", path, "{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ đột xuất\"}").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(put("admin", path, "{\"kind\":\"WORKING_DAY\",\"name\":\"Làm bù\"}").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> noName = put("admin", path, "{\"kind\":\"HOLIDAY\"}");
		assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noName.getBody().get("errors").has("name")).isTrue();
		assertThat(get("thao.dtk", deadline).getBody().get("due").asText()).as("nothing changed")
			.isEqualTo("2026-03-16T02:00:00Z");

		try {
			assertThat(put("admin", path, "{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ đột xuất\"}").getStatusCode())
				.isEqualTo(HttpStatus.OK);
			assertThat(get("thao.dtk", deadline).getBody().get("due").asText()).isEqualTo("2026-03-17T02:00:00Z");
		}
		finally {
			http.withBasicAuth("admin", "admin").delete(path);
		}
		assertThat(get("thao.dtk", deadline).getBody().get("due").asText()).isEqualTo("2026-03-16T02:00:00Z");
	}

	@Test
	void dueDateOfAUserTaskCountsWorkingDaysOfItsUnit() {
		ClockUtil.setCurrentTime(Date.from(at("2026-03-13T10:00"))); // a Friday

		ProcessInstance request = runtime.startProcessInstanceByKey(ResidentRequestProcess.PROCESS_KEY,
				"HOAMINH-CAL-1", Map.of(ResidentRequestProcess.Vars.UNIT_CODE, "HOAMINH"));

		Task check = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();
		assertThat(check.getDueDate().toInstant()).isEqualTo(at("2026-03-16T10:00")); // Monday, not Saturday
		runtime.deleteProcessInstance(request.getId(), "test over");
	}

	@Test
	void timerDurationsCountWorkingHours() {
		deployed = repository.createDeployment()
			.addModelInstance("working-timer.bpmn",
					Bpmn.createExecutableProcess("WorkingTimer")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.intermediateCatchEvent("Timer_TwoWorkingHours")
						.timerWithDuration("PT2H")
						.endEvent()
						.done())
			.deploy();
		ClockUtil.setCurrentTime(Date.from(at("2026-03-13T16:00"))); // Friday, an hour before closing

		ProcessInstance instance = runtime.startProcessInstanceByKey("WorkingTimer");

		Date due = management.createJobQuery().processInstanceId(instance.getId()).singleResult().getDuedate();
		assertThat(due.toInstant()).isEqualTo(at("2026-03-16T08:30"));
	}

}
