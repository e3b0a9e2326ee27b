package vn.vidan.process;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.vidan.web.CachedBodyRequest;

import vn.vidan.web.ProblemException;
import vn.vidan.web.ProblemMessages;

/**
 * Checks answers to user tasks on Camunda's REST API (Tasklist submits forms through it) with the
 * {@link TaskAnswerCheck} of the task's process before the engine sees them, so an officer gets a problem+json 400
 * that says what is missing (in the caller's language, with {@code errors} by field), not the engine's 500 for a
 * failed task listener. Runs after sign-in; tasks of processes
 * without a check, and all other requests, pass untouched. Ordered after Spring Security and the audit filter but
 * before Camunda's own authentication filter, so its look-ups of the task and its process are not limited by the
 * caller's Camunda authorizations (Camunda applies them when it completes the task).
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
class TaskCompletionFilter extends OncePerRequestFilter {

	private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final List<TaskAnswerCheck> checks;

	private final ObjectMapper json;

	private final ProblemMessages messages;

	TaskCompletionFilter(TaskService tasks, RuntimeService runtime, RepositoryService repository,
			List<TaskAnswerCheck> checks, ObjectMapper json, ProblemMessages messages) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.checks = checks;
		this.json = json;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher completion = COMPLETION.matcher(request.getRequestURI());
		completion.matches();
		Task task = tasks.createTaskQuery().taskId(completion.group(1)).singleResult();
		// Not the id's prefix: a definition id is a bare UUID when key:version:UUID would exceed 64 characters.
		String processKey = task == null || task.getProcessDefinitionId() == null ? ""
				: repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
		Optional<TaskAnswerCheck> check = checks.stream().filter(candidate -> candidate.covers(processKey)).findFirst();
		if (check.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode variables;
		try {
			variables = body.length == 0 ? json.createObjectNode() : json.readTree(body).path("variables");
		}
		catch (JsonProcessingException notJson) {
			chain.doFilter(new CachedBodyRequest(request, body), response); // the engine's REST API answers that itself
			return;
		}
		String businessKey = runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
		// What is sent, else what the task already holds (the engine's listener sees both).
		List<AnswerProblem> problems = check.get().problems(task.getTaskDefinitionKey(), name -> {
			JsonNode sent = variables.get(name);
			if (sent == null) {
				return tasks.getVariable(task.getId(), name);
			}
			JsonNode value = sent.path("value");
			return value.isMissingNode() || value.isNull() ? null : value.asText();
		}, businessKey);
		if (!problems.isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>();
			problems.forEach(problem -> errors.putIfAbsent(problem.field(), messages.text(problem)));
			ProblemException refusal = new ProblemException(HttpStatus.BAD_REQUEST, "task.notCompleted",
					String.join(" ", errors.values()));
			refusal.getBody().setProperty("errors", errors);
			messages.write(request, response, refusal);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

}
