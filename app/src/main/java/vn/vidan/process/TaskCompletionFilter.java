package vn.vidan.process;

import java.io.IOException;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.http.HttpStatus;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.vidan.web.CachedBodyRequest;
import vn.vidan.web.JsonProblems;

import vn.vidan.web.ProblemException;
import vn.vidan.web.ProblemMessages;

/**
 * Guards task completion on Camunda's REST API (Tasklist submits forms through it). First who may see the task, by the
 * engine's read check for it under the caller's Camunda authorizations: an unknown task is a 404 and a task the caller
 * may not see a 403, whatever the body, so nothing about the answers tells another unit what exists. Then the body: no JSON (or a
 * duplicate key) is a 400. Then the answers, with the {@link TaskAnswerCheck} of the task's process, so an officer
 * gets a problem+json 400 that says what is missing (in the caller's language, with {@code errors} by field), not the
 * engine's 500 for a failed task listener. Tasks of processes without a check pass on after the first two steps.
 * Ordered after Spring Security and the audit filter but before Camunda's own authentication filter, so it sets the
 * caller's Camunda identity itself for the visibility check (user and Camunda groups) and looks up the task's
 * process without it. Task, check and process are read in one engine command.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
class TaskCompletionFilter extends OncePerRequestFilter {

	private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");

	/** How a Keycloak token's Camunda groups appear among the authorities (see the security module). */
	private static final String TOKEN_GROUP = "GROUP_";

	private final TaskService tasks;

	private final IdentityService identity;

	private final ProcessEngine engine;

	private final List<TaskAnswerCheck> checks;

	private final ObjectMapper json;

	private final ProblemMessages messages;

	TaskCompletionFilter(ProcessEngine engine, List<TaskAnswerCheck> checks, ObjectMapper json,
			ProblemMessages messages) {
		this.engine = engine;
		this.tasks = engine.getTaskService();
		this.identity = engine.getIdentityService();
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
		Seen task = look(completion.group(1));
		if (task == null || !task.visible()) {
			messages.write(request, response, task != null ? new ProblemException(HttpStatus.FORBIDDEN, "task.notVisible")
					: new ProblemException(HttpStatus.NOT_FOUND, "task.unknown"));
			return;
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
		Optional<TaskAnswerCheck> check = task.check();
		if (check.isEmpty()) {
			chain.doFilter(new CachedBodyRequest(request, body), response);
			return;
		}
		// What is sent, else what the task already holds (the engine's listener sees both).
		List<AnswerProblem> problems = check.get().problems(task.taskKey(), name -> {
			JsonNode sent = variables.get(name);
			if (sent == null) {
				return tasks.getVariable(task.id(), name);
			}
			JsonNode value = sent.path("value");
			return value.isMissingNode() || value.isNull() ? null : value.asText();
		}, task.businessKey());
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

	/** What the filter needs of a task: whether the caller may see it, and its check with the case's business key. */
	private record Seen(String id, String taskKey, boolean visible, Optional<TaskAnswerCheck> check,
			String businessKey) {
	}

	/**
	 * The task, or null if there is none, in one engine command: found by its id; visible if the signed-in person may
	 * read it under their Camunda authorizations (their user and Camunda groups, as the directory sync keeps them, and
	 * a token's; administrators also as {@code camunda-admin}), by the engine's own read check for a task, the one its
	 * task query applies; then, only for a process with an answer check, the case's business key.
	 */
	private Seen look(String taskId) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return commands().execute(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null) {
				return null;
			}
			if (caller == null || !caller.isAuthenticated() || !mayRead(context, task, caller)) {
				return new Seen(task.getId(), task.getTaskDefinitionKey(), false, Optional.empty(), null);
			}
			// Not the id's prefix: a definition id is a bare UUID when key:version:UUID would exceed 64 characters.
			String processKey = task.getProcessDefinitionId() == null ? ""
					: context.getProcessEngineConfiguration()
						.getDeploymentCache()
						.findDeployedProcessDefinitionById(task.getProcessDefinitionId())
						.getKey();
			Optional<TaskAnswerCheck> check = checks.stream().filter(candidate -> candidate.covers(processKey)).findFirst();
			String businessKey = check.isEmpty() || task.getProcessInstanceId() == null ? null
					: context.getExecutionManager().findExecutionById(task.getProcessInstanceId()).getBusinessKey();
			return new Seen(task.getId(), task.getTaskDefinitionKey(), true, check, businessKey);
		});
	}

	/** The engine's read check for the task, as the caller (groups looked up before the caller is set). */
	private boolean mayRead(CommandContext context, TaskEntity task, Authentication caller) {
		List<String> groups = new ArrayList<>(
				identity.createGroupQuery().groupMember(caller.getName()).list().stream().map(Group::getId).toList());
		for (GrantedAuthority authority : caller.getAuthorities()) {
			if ("ROLE_ADMIN".equals(authority.getAuthority())) {
				groups.add(Groups.CAMUNDA_ADMIN);
			}
			else if (authority.getAuthority().startsWith(TOKEN_GROUP)) { // a Keycloak token's units
				groups.add(authority.getAuthority().substring(TOKEN_GROUP.length()));
			}
		}
		identity.setAuthentication(caller.getName(), groups);
		try {
			if (!context.getTenantManager().isAuthenticatedTenant(task.getTenantId())) {
				return false;
			}
			for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
				checker.checkReadTask(task);
			}
			return true;
		}
		catch (AuthorizationException notAllowed) {
			return false;
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private CommandExecutor commands() {
		return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
	}

}
