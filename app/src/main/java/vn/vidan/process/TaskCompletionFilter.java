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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.vidan.process.CamundaMemberships.Implied;
import vn.vidan.process.OpenTasks.OpenTask;
import vn.vidan.web.CachedBodyRequest;
import vn.vidan.web.JsonProblems;

import vn.vidan.web.ProblemException;
import vn.vidan.web.ProblemMessages;

/**
 * Guards task completion on Camunda's REST API (Tasklist submits forms through it). First who may see the task: an
 * unknown task is a 404 and a task the caller may not see a 403, whatever the body, so nothing about the answers tells
 * another unit what exists. Then the body: no JSON (or a duplicate key) is a 400. Then the answers, with the
 * {@link TaskAnswerCheck} of the task's process, so an officer gets a problem+json 400 that says what is missing (in
 * the caller's language, with {@code errors} by field), not the engine's 500 for a failed task listener. Tasks of
 * processes without a check pass on after the first two steps.
 * <p>
 * Who may see the task, and what it is, come first from the inbox's read model ({@link OpenTasks}): an open task the
 * caller may work on by the inbox's rule (theirs, or offered to them or a group of theirs in their units; any, for an
 * administrator) needs no engine query at all. Only otherwise (no row, or not theirs by the read model) does the filter
 * ask the engine as before: a task query under the caller's Camunda authorizations, then the task's process definition
 * and instance. This weakens nothing: the filter only ever refuses, and the completion it lets through is still
 * Camunda's, which checks the caller's own authorization on the task as always. Ordered after Spring Security and the
 * audit filter but before Camunda's own authentication filter, so it sets the caller's Camunda identity itself for the
 * visibility check (user and Camunda groups) and looks up the task's process without it.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
class TaskCompletionFilter extends OncePerRequestFilter {

	private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");

	private final TaskService tasks;

	private final IdentityService identity;

	private final CamundaMemberships memberships;

	private final OpenTasks openTasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final List<TaskAnswerCheck> checks;

	private final ObjectMapper json;

	private final ProblemMessages messages;

	TaskCompletionFilter(TaskService tasks, IdentityService identity, CamundaMemberships memberships,
			OpenTasks openTasks, RuntimeService runtime, RepositoryService repository, List<TaskAnswerCheck> checks,
			ObjectMapper json, ProblemMessages messages) {
		this.tasks = tasks;
		this.identity = identity;
		this.memberships = memberships;
		this.openTasks = openTasks;
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
		String taskId = completion.group(1);
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		OpenTask task = caller == null || !caller.isAuthenticated() ? null
				: openTasks.workable(taskId, caller).orElse(null);
		Task visible = null;
		if (task == null) {
			visible = visibleTask(caller, taskId);
			if (visible == null) {
				boolean exists = tasks.createTaskQuery().taskId(taskId).count() > 0;
				messages.write(request, response, exists ? new ProblemException(HttpStatus.FORBIDDEN, "task.notVisible")
						: new ProblemException(HttpStatus.NOT_FOUND, "task.unknown"));
				return;
			}
		}
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode variables;
		try {
			variables = body.length == 0 ? json.createObjectNode() : json.readTree(body).path("variables");
		}
		catch (JsonProcessingException notJson) {
			messages.write(request, response, new ProblemException(HttpStatus.BAD_REQUEST,
					JsonProblems.duplicateKey(notJson) ? "web.duplicateKey" : "web.notJson"));
			return;
		}
		if (task == null) {
			task = fromEngine(visible);
		}
		String processKey = task.processKey();
		Optional<TaskAnswerCheck> check = checks.stream().filter(candidate -> candidate.covers(processKey)).findFirst();
		if (check.isEmpty()) {
			chain.doFilter(new CachedBodyRequest(request, body), response);
			return;
		}
		String businessKey = task.businessKey() != null ? task.businessKey()
				: runtime.createProcessInstanceQuery()
					.processInstanceId(task.processInstanceId())
					.singleResult()
					.getBusinessKey();
		// What is sent, else what the task already holds (the engine's listener sees both).
		String id = task.id();
		List<AnswerProblem> problems = check.get().problems(task.taskKey(), name -> {
			JsonNode sent = variables.get(name);
			if (sent == null) {
				return tasks.getVariable(id, name);
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

	/** What the engine says of a task: its process key from its definition (its business key only if a check asks). */
	private OpenTask fromEngine(Task task) {
		// Not the id's prefix: a definition id is a bare UUID when key:version:UUID would exceed 64 characters.
		String processKey = task.getProcessDefinitionId() == null ? ""
				: repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
		return new OpenTask(task.getId(), task.getProcessInstanceId(), processKey, task.getTaskDefinitionKey(), null);
	}

	/**
	 * The task if the signed-in person may see it under their Camunda authorizations (their user and Camunda groups,
	 * as the directory sync keeps them, and a token's; administrators also as {@code camunda-admin}), else null.
	 */
	private Task visibleTask(Authentication caller, String taskId) {
		if (caller == null || !caller.isAuthenticated()) {
			return null;
		}
		identity.setAuthentication(caller.getName(),
				memberships.groups(caller, Implied.ADMINISTRATOR, Implied.TOKEN_GROUPS));
		try {
			return tasks.createTaskQuery().taskId(taskId).singleResult();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
