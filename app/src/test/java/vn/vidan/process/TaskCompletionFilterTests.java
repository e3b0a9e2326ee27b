package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.vidan.process.OpenTasks.OpenTask;
import vn.vidan.web.ProblemMessages;

/**
 * A completion of a task the caller sees in their inbox goes on to Camunda without a single engine query before it;
 * any other asks the engine as before.
 */
class TaskCompletionFilterTests {

	static final String CHECKED = "CheckedProcess";

	private final TaskService tasks = mock(TaskService.class);

	private final IdentityService identity = mock(IdentityService.class);

	private final CamundaMemberships memberships = mock(CamundaMemberships.class);

	private final OpenTasks openTasks = mock(OpenTasks.class);

	private final RuntimeService runtime = mock(RuntimeService.class);

	private final RepositoryService repository = mock(RepositoryService.class);

	/** Each check's business key, as the filter gave it. */
	private final List<String> checkedCases = new ArrayList<>();

	private final TaskAnswerCheck check = new TaskAnswerCheck() {

		@Override
		public boolean covers(String processDefinitionKey) {
			return CHECKED.equals(processDefinitionKey);
		}

		@Override
		public List<AnswerProblem> problems(String taskKey, Function<String, Object> answers, String businessKey) {
			checkedCases.add(businessKey);
			return List.of();
		}

	};

	private final TaskCompletionFilter filter = new TaskCompletionFilter(tasks, identity, memberships, openTasks,
			runtime, repository, List.of(check), new ObjectMapper(), mock(ProblemMessages.class));

	private final TestingAuthenticationToken officer = new TestingAuthenticationToken("thao.dtk", null,
			"ROLE_OFFICER");

	@BeforeEach
	void signIn() {
		SecurityContextHolder.getContext().setAuthentication(officer);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	MockFilterChain complete(String taskId) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/" + taskId + "/complete");
		request.setContent("{\"variables\":{\"dossierComplete\":{\"value\":true}}}".getBytes(StandardCharsets.UTF_8));
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return chain;
	}

	@Test
	void passesATaskOfTheCallersInboxOnWithoutAskingTheEngine() throws Exception {
		when(openTasks.workable("t1", officer))
			.thenReturn(Optional.of(new OpenTask("t1", "p1", "PlainProcess", "Task_Review", "HOAMINH-1")));

		MockFilterChain chain = complete("t1");

		assertThat(chain.getRequest()).as("passed on to Camunda").isNotNull();
		verifyNoInteractions(tasks, repository, runtime, identity, memberships);
	}

	@Test
	void checksTheAnswersWithTheInboxsBusinessKey() throws Exception {
		when(openTasks.workable("t1", officer))
			.thenReturn(Optional.of(new OpenTask("t1", "p1", CHECKED, "Task_Check", "HOAMINH-1")));

		MockFilterChain chain = complete("t1");

		assertThat(chain.getRequest()).isNotNull();
		assertThat(checkedCases).containsExactly("HOAMINH-1");
		verifyNoInteractions(tasks, repository, runtime, identity, memberships);
	}

	@Test
	void looksTheBusinessKeyUpWhenTheInboxCannotTellIt() throws Exception {
		when(openTasks.workable("t1", officer))
			.thenReturn(Optional.of(new OpenTask("t1", "p1", CHECKED, "Task_Check", null)));
		ProcessInstanceQuery instances = mock(ProcessInstanceQuery.class);
		ProcessInstance instance = mock(ProcessInstance.class);
		when(runtime.createProcessInstanceQuery()).thenReturn(instances);
		when(instances.processInstanceId("p1")).thenReturn(instances);
		when(instances.singleResult()).thenReturn(instance);
		when(instance.getBusinessKey()).thenReturn("HOAMINH-2");

		complete("t1");

		assertThat(checkedCases).containsExactly("HOAMINH-2");
		verifyNoInteractions(tasks, repository);
	}

	@Test
	void asksTheEngineAsTheCallerWhenTheInboxDoesNotShowThemTheTask() throws Exception {
		when(openTasks.workable("t2", officer)).thenReturn(Optional.empty());
		when(memberships.groups(eq(officer), any(CamundaMemberships.Implied[].class))).thenReturn(List.of("HOAMINH"));
		TaskQuery query = mock(TaskQuery.class);
		Task task = mock(Task.class);
		when(tasks.createTaskQuery()).thenReturn(query);
		when(query.taskId("t2")).thenReturn(query);
		when(query.singleResult()).thenReturn(task);
		when(task.getId()).thenReturn("t2");
		when(task.getProcessDefinitionId()).thenReturn("def-1");
		when(task.getTaskDefinitionKey()).thenReturn("Task_Review");
		ProcessDefinition definition = mock(ProcessDefinition.class);
		when(definition.getKey()).thenReturn("PlainProcess");
		when(repository.getProcessDefinition("def-1")).thenReturn(definition);

		MockFilterChain chain = complete("t2");

		assertThat(chain.getRequest()).isNotNull();
		verify(identity).setAuthentication(eq("thao.dtk"), anyList());
		verify(query).singleResult();
		verify(repository).getProcessDefinition("def-1");
	}

}
