package vn.vidan.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * The inbox's read model against the real engine: the projection follows each task through claim, completion and
 * deletion in the engine's transaction; the lists' SQL holds the authorization (another unit's officer never sees a
 * row); and nobody can give a task to someone outside its unit's scope, through Tasklist's API, {@code /engine-rest} or
 * the Java API.
 */
@PlatformIntegrationTest
class InboxIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	InboxQuery query;

	@Autowired
	Viewers viewers;

	@Autowired
	InboxRebuild rebuild;

	private InboxFixtures fixtures;

	private VidanApi api;

	@BeforeEach
	void fixtures() {
		fixtures = new InboxFixtures(http, jdbc);
		api = new VidanApi(http);
	}

	@Test
	void aNewDossierGetsItsRowCandidatesAndSearchTokensInTheSameTransaction() {
		String name = InboxFixtures.name("Nguyễn", "Văn");
		String id = InboxFixtures.idNumber();
		String receipt = fixtures.dossier("thao.dtk", "HOAMINH", name, id, InboxFixtures.address());
		String taskId = fixtures.openTask(receipt);

		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM inbox_task WHERE task_id = ?", taskId);
		assertThat(row).containsEntry("CASE_TYPE", "REQUEST")
			.containsEntry("CASE_CODE", receipt)
			.containsEntry("SUBJECT", name)
			.containsEntry("PROCEDURE_CODE", "TAM_TRU")
			.containsEntry("CHANNEL", "DESK")
			.containsEntry("CASE_STATUS", "RECEIVED")
			.containsEntry("UNIT_CODE", "HOAMINH")
			.containsEntry("TASK_KEY", ResidentRequestProcess.TASK_CHECK_COMPLETENESS)
			.containsEntry("STATE", "O");
		assertThat(row.get("ASSIGNEE")).isNull();
		assertThat(row.get("STATUTORY_DUE")).isNotNull();
		Task engine = tasks.createTaskQuery().taskId(taskId).singleResult();
		assertThat(((java.sql.Timestamp) row.get("DUE_AT")).toInstant()).isEqualTo(engine.getDueDate().toInstant());
		assertThat(jdbc.queryForList("SELECT candidate FROM inbox_candidate WHERE task_id = ?", String.class, taskId))
			.containsExactly("G:HOAMINH.desk");
		assertThat(jdbc.queryForList("SELECT token FROM inbox_search_token WHERE task_id = ?", String.class, taskId))
			.contains(SearchText.normalize(name), id, id.substring(8), "hoa minh");
	}

	@Test
	void claimCompleteAndDeleteKeepTheProjectionRight() {
		String receipt = fixtures.dossier(InboxFixtures.name());
		String check = fixtures.openTask(receipt);

		tasks.claim(check, "thao.dtk");
		assertThat(assignee(check)).isEqualTo("thao.dtk");
		tasks.setAssignee(check, null);
		assertThat(assignee(check)).isNull();
		tasks.claim(check, "thao.dtk");

		api.complete("thao.dtk", receipt, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				VidanApi.bool("dossierComplete", true));
		Map<String, Object> done = jdbc.queryForMap("SELECT * FROM inbox_task WHERE task_id = ?", check);
		assertThat(done).containsEntry("STATE", "D").containsEntry("COMPLETED_BY", "thao.dtk");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_candidate WHERE task_id = ?", Integer.class, check))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_search_token WHERE task_id = ?", Integer.class, check))
			.isZero();
		String verify = fixtures.openTask(receipt);
		Map<String, Object> next = jdbc.queryForMap("SELECT * FROM inbox_task WHERE task_id = ?", verify);
		assertThat(next).containsEntry("TASK_KEY", ResidentRequestProcess.TASK_VERIFY_DOSSIER)
			.containsEntry("CASE_STATUS", "IN_PROGRESS");
		assertThat(jdbc.queryForList("SELECT candidate FROM inbox_candidate WHERE task_id = ?", String.class, verify))
			.isNotEmpty();
		assertThat(query.list(viewers.of("thao.dtk", false), InboxFilter.of(InboxList.DONE), moment(), 200).rows())
			.extracting(InboxRow::taskId)
			.contains(check);

		String processInstance = tasks.createTaskQuery().taskId(verify).singleResult().getProcessInstanceId();
		runtime.deleteProcessInstance(processInstance, "test: the dossier was withdrawn");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task WHERE task_id = ?", Integer.class, verify))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_candidate WHERE task_id = ?", Integer.class, verify))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_search_token WHERE task_id = ?", Integer.class, verify))
			.isZero();
	}

	@Test
	void anotherUnitsOfficerNeverSeesTheRowTheUnitsDeskOfficerDoes() {
		String name = InboxFixtures.name("Trần", "Thị");
		String receipt = fixtures.dossier(name);
		String taskId = fixtures.openTask(receipt);
		InboxFilter search = InboxFilter.of(InboxList.UNCLAIMED).withQuery(SearchText.normalize(name));

		assertThat(ids(viewers.of("thao.dtk", false), search)).contains(taskId);
		assertThat(ids(viewers.of("dat.lq", false), search)).as("the ward's chief").contains(taskId);
		assertThat(ids(viewers.of("khanh.dd", false), search)).as("the city's director").contains(taskId);
		assertThat(ids(viewers.of("nhung.pt", false), search)).as("Hòa An's desk officer").doesNotContain(taskId);
		assertThat(ids(viewers.of("hieu.dd", false), search)).as("Hòa An's chief").doesNotContain(taskId);
		assertThat(ids(viewers.of("dung.vd", false), search)).as("an area officer, not a desk candidate")
			.doesNotContain(taskId);
		assertThat(ids(viewers.of("huong.ltt", false), search)).as("an officer of the city's PC06: the whole city in "
				+ "scope, offered only the department's tasks").doesNotContain(taskId);
		Viewer cityWide = new Viewer("thao.dtk", false, viewers.of("khanh.dd", false).units(), List.of("CADN"),
				List.of("G:HOAMINH.desk"), "HOAMINH");
		assertThat(ids(cityWide, search)).as("many units: read from the candidate groups").contains(taskId);
		assertThat(query.counts(cityWide, search, moment()).of(InboxList.UNCLAIMED)).isEqualTo(1);
		assertThat(ids(viewers.of("nhung.pt", false), InboxFilter.of(InboxList.UNCLAIMED))).doesNotContain(taskId);
		assertThat(query.counts(viewers.of("nhung.pt", false), search, moment()).of(InboxList.UNCLAIMED)).isZero();
		assertThat(query.counts(viewers.of("thao.dtk", false), search, moment()).of(InboxList.UNCLAIMED)).isEqualTo(1);
		assertThat(query.visible(viewers.of("nhung.pt", false), taskId)).isFalse();
	}

	@Test
	void searchIgnoresDiacriticsAndFindsTheLastFourDigitsOfTheIdNumber() {
		String name = InboxFixtures.name("Đặng", "Quốc");
		String id = InboxFixtures.idNumber();
		String address = InboxFixtures.address();
		String receipt = fixtures.dossier("thao.dtk", "HOAMINH", name, id, address);
		String taskId = fixtures.openTask(receipt);
		Viewer desk = viewers.of("thao.dtk", false);

		for (String term : List.of(SearchText.normalize(name).toUpperCase(), "dang quoc " + name.split(" ")[2].toLowerCase(),
				id.substring(8), id, receipt, receipt.toLowerCase(), address.substring(0, 12), "kiet "
						+ address.split(" ")[1])) {
			assertThat(ids(desk, InboxFilter.of(InboxList.UNCLAIMED).withQuery(term))).as(term).contains(taskId);
		}
		assertThat(ids(desk, InboxFilter.of(InboxList.UNCLAIMED).withQuery("dang quoc zzz"))).doesNotContain(taskId);
	}

	@Test
	void pagesRunForwardAndBackWithoutLosingOrRepeatingARow() {
		String address = InboxFixtures.address();
		for (int i = 0; i < 5; i++) {
			fixtures.dossier("thao.dtk", "HOAMINH", InboxFixtures.name(), InboxFixtures.idNumber(), address);
		}
		Viewer desk = viewers.of("thao.dtk", false);
		for (InboxSort sort : List.of(InboxSort.DUE, InboxSort.SUBJECT, InboxSort.CASE, InboxSort.ASSIGNEE)) {
			InboxFilter filter = new InboxFilter(InboxList.UNCLAIMED, null, null, null, null, null, List.of(), null, null,
					address, sort, true, null);
			List<String> all = ids(desk, filter);
			assertThat(all).hasSize(5);
			InboxPage first = query.list(desk, filter, moment(), 2);
			InboxPage second = query.list(desk, filter.withCursor(first.next()), moment(), 2);
			InboxPage third = query.list(desk, filter.withCursor(second.next()), moment(), 2);
			assertThat(third.next()).isNull();
			List<String> paged = new java.util.ArrayList<>();
			for (InboxPage page : List.of(first, second, third)) {
				page.rows().forEach(row -> paged.add(row.taskId()));
			}
			assertThat(paged).as(sort.name()).isEqualTo(all);
			InboxPage back = query.list(desk, filter.withCursor(third.previous()), moment(), 2);
			assertThat(back.rows()).extracting(InboxRow::taskId).isEqualTo(all.subList(2, 4));
			assertThat(Cursor.parse(second.next().token(), true)).isEqualTo(second.next());
		}
	}

	@Test
	void engineRestRefusesAnAssigneeOutsideTheUnitInVietnameseAndChangesNothing() {
		String taskId = fixtures.openTask(fixtures.dossier(InboxFixtures.name()));

		for (String action : List.of("assignee", "claim", "delegate")) {
			ResponseEntity<JsonNode> refused = api.as("thao.dtk")
				.postForEntity("/engine-rest/task/" + taskId + "/" + action, VidanApi.json("{\"userId\":\"nhung.pt\"}"),
						JsonNode.class);
			assertThat(refused.getStatusCode().value()).as(action).isEqualTo(403);
			assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
			assertThat(refused.getBody().get("title").asText()).isEqualTo("Không giao được việc");
			assertThat(refused.getBody().get("detail").asText()).contains("Phạm Thị Nhung", "Công an phường Hòa An",
					"không xử lý được hồ sơ của Công an phường Hòa Minh");
		}
		HttpHeaders english = new HttpHeaders();
		english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
		ResponseEntity<JsonNode> inEnglish = api.as("thao.dtk")
			.exchange("/engine-rest/task/" + taskId, HttpMethod.PUT,
					VidanApi.json("{\"name\":\"Kiểm tra tính đầy đủ của hồ sơ\",\"assignee\":\"nhung.pt\"}", english),
					JsonNode.class);
		assertThat(inEnglish.getStatusCode().value()).isEqualTo(403);
		assertThat(inEnglish.getBody().get("detail").asText()).contains("cannot work on the cases of");
		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
		assertThat(assignee(taskId)).isNull();

		ResponseEntity<String> allowed = api.as("thao.dtk")
			.postForEntity("/engine-rest/task/" + taskId + "/assignee", VidanApi.json("{\"userId\":\"thao.dtk\"}"),
					String.class);
		assertThat(allowed.getStatusCode().value()).as(allowed.getBody()).isEqualTo(204);
		assertThat(assignee(taskId)).isEqualTo("thao.dtk");
	}

	@Test
	void tasklistsOwnApiIsRefusedTooWhileAColleagueOfTheUnitIsAccepted() {
		String taskId = fixtures.openTask(fixtures.dossier(InboxFixtures.name()));
		// Signed in to Tasklist as a browser would be: a session, and Camunda's CSRF token from the webapp.
		ResponseEntity<String> tasklist = api.as("thao.dtk").getForEntity("/camunda/app/tasklist/", String.class);
		String cookies = String.join("; ", tasklist.getHeaders().get(HttpHeaders.SET_COOKIE)
			.stream()
			.map(cookie -> cookie.split(";")[0])
			.toList());
		String xsrf = tasklist.getHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0])
			.findFirst()
			.orElseThrow();
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.COOKIE, cookies);
		headers.set("X-XSRF-TOKEN", xsrf);
		headers.setContentType(MediaType.APPLICATION_JSON);
		String path = "/camunda/api/engine/engine/default/task/" + taskId + "/assignee";

		ResponseEntity<JsonNode> refused = api.as("thao.dtk").postForEntity(path,
				new HttpEntity<>("{\"userId\":\"nhung.pt\"}", headers), JsonNode.class);
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(refused.getBody().get("detail").asText()).contains("Phạm Thị Nhung", "Công an phường Hòa An");
		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

		ResponseEntity<String> accepted = api.as("thao.dtk").postForEntity(path, new HttpEntity<>("{\"userId\":\"tai.vv\"}", headers),
				String.class);
		assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(204);
		assertThat(assignee(taskId)).isEqualTo("tai.vv");
	}

	@Test
	void theEngineItselfRefusesAnAssigneeOutsideTheUnitOnEveryOtherPath() {
		String taskId = fixtures.openTask(fixtures.dossier(InboxFixtures.name()));

		// The engine wraps a listener's refusal; the reason is the cause's message.
		assertThatThrownBy(() -> tasks.setAssignee(taskId, "nhung.pt")).isInstanceOf(ProcessEngineException.class)
			.hasRootCauseInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("không xử lý được hồ sơ của Công an phường Hòa Minh");
		assertThatThrownBy(() -> tasks.claim(taskId, "designer")).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("không có trong danh bạ");
		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
		assertThat(assignee(taskId)).isNull();

		tasks.setAssignee(taskId, "khanh.dd");
		assertThat(assignee(taskId)).as("the city's director covers the ward").isEqualTo("khanh.dd");
		tasks.setAssignee(taskId, "admin");
		assertThat(assignee(taskId)).isEqualTo("admin");
	}

	@Test
	void anEmptyProjectionIsRebuiltFromTheEngine() {
		String name = InboxFixtures.name("Lê", "Hữu");
		String receipt = fixtures.dossier(name);
		String taskId = fixtures.openTask(receipt);
		tasks.claim(taskId, "thao.dtk");
		Map<String, Object> before = jdbc.queryForMap("SELECT case_code, subject, unit_code, assignee, task_key, due_at, "
				+ "statutory_due, search_text FROM inbox_task WHERE task_id = ?", taskId);
		jdbc.update("DELETE FROM inbox_search_token WHERE task_id = ?", taskId);
		jdbc.update("DELETE FROM inbox_candidate WHERE task_id = ?", taskId);
		jdbc.update("DELETE FROM inbox_task WHERE task_id = ?", taskId);

		assertThat(rebuild.rebuild()).isPositive();

		assertThat(jdbc.queryForMap("SELECT case_code, subject, unit_code, assignee, task_key, due_at, statutory_due, "
				+ "search_text FROM inbox_task WHERE task_id = ?", taskId)).isEqualTo(before);
		assertThat(jdbc.queryForList("SELECT candidate FROM inbox_candidate WHERE task_id = ?", String.class, taskId))
			.containsExactly("G:HOAMINH.desk");
		assertThat(ids(viewers.of("thao.dtk", false), InboxFilter.of(InboxList.MINE).withQuery(name))).contains(taskId);
	}

	private List<String> ids(Viewer viewer, InboxFilter filter) {
		return query.list(viewer, filter, moment(), 500).rows().stream().map(InboxRow::taskId).toList();
	}

	private String assignee(String taskId) {
		return jdbc.queryForObject("SELECT assignee FROM inbox_task WHERE task_id = ?", String.class, taskId);
	}

	private static InboxMoment moment() {
		Instant now = Instant.now();
		return new InboxMoment(now, now.plus(1, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS), null);
	}

}
