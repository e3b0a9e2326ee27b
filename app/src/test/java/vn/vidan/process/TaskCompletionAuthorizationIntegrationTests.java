package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.request.ResidentRequestProcess.Vars;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * Completing a task through Camunda's REST API (issue 11): who may see the task is decided before anything looks at
 * the answers, so an unknown task is a 404 and another unit's task a 403 whatever the body, and a body that is no JSON
 * is a 400, never a 500. The task stays open after every refusal.
 */
@PlatformIntegrationTest
class TaskCompletionAuthorizationIntegrationTests {

	static final String DESK = "thao.dtk";

	static final String OTHER_WARD = "nhung.pt";

	/** Hòa Minh's chief: sees the desk's tasks in the inbox, but Camunda lets only the desk work them. */
	static final String CHIEF = "dat.lq";

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ObjectMapper mapper;

	@Autowired
	OpenTasks openTasks;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	/** A fresh Hòa Minh dossier waiting at its completeness check; the task's id. */
	String openTask() {
		String code = api.fileHoaMinhTamTru(DESK, """
				{"fullName":"Trần Văn Bình","personalId":"048085000321","phone":"0905111222",
				 "address":"12 Lê Lợi, Tổ dân phố 2, phường Hòa Minh"}""");
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(code)
			.taskDefinitionKey(ResidentRequestProcess.TASK_CHECK_COMPLETENESS)
			.singleResult()
			.getId();
	}

	ResponseEntity<String> post(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return api.as(user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
	}

	JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as(response.getBody())
			.isTrue();
		return mapper.readTree(response.getBody());
	}

	@Test
	void refusesAnotherUnitsTaskWhateverTheBody() throws Exception {
		String task = openTask();
		String wrongAnswer = "{\"variables\":{" + text(Vars.DOSSIER_COMPLETE, "perhaps") + "}}";
		String rightAnswer = "{\"variables\":{" + VidanApi.bool(Vars.DOSSIER_COMPLETE, true) + "}}";

		for (String action : new String[] { "complete", "submit-form" }) {
			String path = "/engine-rest/task/" + task + "/" + action;
			for (String body : new String[] { wrongAnswer, rightAnswer, "{\"variables\": nope", "" }) {
				JsonNode refused = problem(post(OTHER_WARD, path, body), HttpStatus.FORBIDDEN);
				assertThat(refused.get("code").asText()).as(body).isEqualTo("task.notVisible");
			}
		}
		assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
	}

	@Test
	void refusesALeaderATaskOfferedToAnotherGroupOfTheirUnitWhateverTheBody() throws Exception {
		String task = openTask();
		String wrongAnswer = "{\"variables\":{" + text(Vars.DOSSIER_COMPLETE, "perhaps") + "}}";
		String rightAnswer = "{\"variables\":{" + VidanApi.bool(Vars.DOSSIER_COMPLETE, true) + "}}";

		for (String body : new String[] { wrongAnswer, rightAnswer, "" }) {
			JsonNode refused = problem(post(CHIEF, "/engine-rest/task/" + task + "/complete", body), HttpStatus.FORBIDDEN);
			assertThat(refused.get("code").asText()).as(body).isEqualTo("task.notVisible");
		}
		assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
	}

	@Test
	void checksTheAnswersOfATaskOfferedToTheCaller() throws Exception {
		String task = openTask();

		JsonNode refused = problem(post(DESK, "/engine-rest/task/" + task + "/complete",
				"{\"variables\":{" + text(Vars.DOSSIER_COMPLETE, "perhaps") + "}}"), HttpStatus.BAD_REQUEST);

		assertThat(refused.get("code").asText()).isEqualTo("task.notCompleted");
		assertThat(refused.path("errors").has(Vars.DOSSIER_COMPLETE)).as(refused.toString()).isTrue();
		assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
	}

	@Test
	void takesFromTheInboxOnlyTasksTheCallerMayWorkOn() {
		String task = openTask();

		assertThat(openTasks.workable(task, person(DESK))).as("offered to the desk")
			.hasValueSatisfying(open -> {
				assertThat(open.processKey()).isEqualTo(ResidentRequestProcess.PROCESS_KEY);
				assertThat(open.taskKey()).isEqualTo(ResidentRequestProcess.TASK_CHECK_COMPLETENESS);
				assertThat(open.businessKey()).isEqualTo(runtime.createProcessInstanceQuery()
					.processInstanceId(open.processInstanceId())
					.singleResult()
					.getBusinessKey());
			});
		assertThat(openTasks.workable(task, person("admin", "ROLE_ADMIN"))).as("an administrator").isPresent();
		assertThat(openTasks.workable(task, person(CHIEF))).as("the chief, who only supervises it").isEmpty();
		assertThat(openTasks.workable(task, person(OTHER_WARD))).as("another ward").isEmpty();
		assertThat(openTasks.workable("no-such-task-0000", person(DESK))).isEmpty();
	}

	static Authentication person(String username, String... roles) {
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(roles));
	}

	@Test
	void answersNotFoundForAnUnknownTaskWhateverTheBody() throws Exception {
		for (String action : new String[] { "complete", "submit-form" }) {
			String path = "/engine-rest/task/no-such-task-0000/" + action;
			for (String body : new String[] { "{\"variables\":{}}", "<xml>not json</xml>", "" }) {
				JsonNode unknown = problem(post(DESK, path, body), HttpStatus.NOT_FOUND);
				assertThat(unknown.get("code").asText()).as(body).isEqualTo("task.unknown");
			}
		}
	}

	@Test
	void answersBadRequestForABodyThatIsNoJson() throws Exception {
		String task = openTask();

		for (String action : new String[] { "complete", "submit-form" }) {
			JsonNode refused = problem(post(DESK, "/engine-rest/task/" + task + "/" + action,
					"{\"variables\":{\"dossierComplete\": Nguyễn Văn Bí"), HttpStatus.BAD_REQUEST);
			assertThat(refused.get("code").asText()).isEqualTo("web.notJson");
			assertThat(refused.toString()).doesNotContain("Nguyễn", "Bí");
		}
		assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
	}

	@Test
	void stillCompletesTheTaskForItsOwnUnit() {
		String task = openTask();

		ResponseEntity<String> done = post(DESK, "/engine-rest/task/" + task + "/complete",
				"{\"variables\":{" + VidanApi.bool(Vars.DOSSIER_COMPLETE, true) + "}}");

		assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
	}

}
