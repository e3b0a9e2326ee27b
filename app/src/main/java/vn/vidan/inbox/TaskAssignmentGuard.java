package vn.vidan.inbox;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.task.IdentityLinkDto;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.dto.task.UserIdDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import vn.vidan.web.CachedBodyRequest;
import vn.vidan.web.JsonProblems;
import vn.vidan.web.ProblemException;
import vn.vidan.web.ProblemMessages;

/**
 * The unit scope rule on Camunda's REST API: Tasklist reassigns through
 * {@code /camunda/api/engine/engine/default/task/{id}/assignee|claim|delegate}, scripts through
 * {@code /engine-rest/task/{id}/…} (and {@code PUT /task/{id}}, {@code POST /task/{id}/identity-links} with type
 * assignee). A new assignee who cannot act on the task's unit gets a 403 problem+json saying why, in the caller's
 * language (Vietnamese by default), before the engine is asked; the engine's own assignment listener is the backstop
 * for every other path.
 * <p>
 * It also answers for the engine what its REST API would answer with a 500 (issue 11, found by the API fuzzer): an
 * unknown task is a 404; a body the engine cannot read (not JSON, {@code null}, not an object, a wrong type) is a 400;
 * so is a value longer than the engine's column for it, and an identity link without a type (which the engine would
 * store, and then answer 500 to every later claim, update or completion of the task). Claiming a task someone else
 * holds is a 409. Neither repeats what was sent or names a Java class.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 3)
class TaskAssignmentGuard extends OncePerRequestFilter {

	private static final Pattern ASSIGNING = Pattern
		.compile("(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)(/claim|/assignee|/delegate|/identity-links)?/?$");

	private final InboxProjection projection;

	private final AssigneeScope assignees;

	private final MessageSource messages;

	private final LocaleResolver locales;

	/** The body each action takes, as Camunda's REST API reads it. */
	private static final Map<String, Class<?>> BODIES = Map.of("/claim", UserIdDto.class, "/assignee", UserIdDto.class,
			"/delegate", UserIdDto.class, "/identity-links", IdentityLinkDto.class, "", TaskDto.class);

	/** The engine's column sizes for the text fields these bodies write (ACT_RU_TASK, ACT_RU_IDENTITYLINK). */
	private static final Map<String, Integer> COLUMN_SIZES = Map.of("userId", 255, "groupId", 255, "type", 255,
			"name", 255, "assignee", 255, "owner", 255, "description", 4000, "parentTaskId", 64, "caseInstanceId", 64,
			"tenantId", 64);

	/** Camunda's own reader, refusing duplicate keys: Camunda would bind the first, a JSON tree keeps the last. */
	private static final ObjectMapper CAMUNDA_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper())
		.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);

	private final ObjectMapper json;

	private final TaskService tasks;

	private final ProblemMessages problems;

	TaskAssignmentGuard(InboxProjection projection, AssigneeScope assignees, MessageSource messages,
			LocaleResolver locales, ObjectMapper json, TaskService tasks, ProblemMessages problems) {
		this.projection = projection;
		this.assignees = assignees;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.tasks = tasks;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher match = ASSIGNING.matcher(path);
		if (!match.matches()) {
			return true;
		}
		boolean update = match.group(2) == null;
		return update ? !"PUT".equals(request.getMethod()) : !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher match = ASSIGNING.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		match.matches();
		byte[] body = request.getInputStream().readAllBytes();
		// Unrestricted by Camunda's authorizations (this runs before its authentication filter): only existence is told.
		Task task = tasks.createTaskQuery().taskId(match.group(1)).singleResult();
		if (task == null) {
			problems.write(request, response, new ProblemException(HttpStatus.NOT_FOUND, "task.unknown"));
			return;
		}
		if (duplicateKey(body)) { // the guard and the engine could each read a different assignee
			problems.write(request, response, new ProblemException(HttpStatus.BAD_REQUEST, "web.duplicateKey"));
			return;
		}
		Optional<ProblemException> unreadable = unreadable(match.group(2), body);
		if (unreadable.isPresent()) {
			problems.write(request, response, unreadable.get());
			return;
		}
		String assignee = assignee(match.group(2), body);
		Optional<String> unit = assignee == null ? Optional.empty() : projection.unitOfTask(match.group(1));
		if (unit.isPresent()) {
			Locale locale = locales.resolveLocale(request);
			Optional<String> refusal = assignees.refusal(assignee, unit.get(), locale);
			if (refusal.isPresent()) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.get());
				problem.setTitle(messages.getMessage("inbox.refused.assignTitle", null, locale));
				problem.setInstance(URI.create(request.getRequestURI()));
				response.setStatus(HttpStatus.FORBIDDEN.value());
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				response.setHeader("Content-Language", locale.getLanguage());
				json.writeValue(response.getOutputStream(), problem);
				return;
			}
		}
		// The engine's TaskAlreadyClaimedException is a 500; two officers claiming at once still meet it there.
		if ("/claim".equals(match.group(2)) && assignee != null && task.getAssignee() != null
				&& !task.getAssignee().equals(assignee)) {
			problems.write(request, response, new ProblemException(HttpStatus.CONFLICT, "task.alreadyClaimed"));
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private boolean duplicateKey(byte[] body) {
		try {
			json.readTree(body);
			return false;
		}
		catch (IOException notJson) {
			return JsonProblems.duplicateKey(notJson);
		}
	}

	/** Why the engine could not take this body, if it could not: it reads it as {@link #BODIES} says. */
	private Optional<ProblemException> unreadable(String action, byte[] body) {
		JsonNode node;
		try {
			node = CAMUNDA_JSON.readTree(body);
			if (node == null || !node.isObject()) {
				return Optional.of(new ProblemException(HttpStatus.BAD_REQUEST, "task.unreadableBody"));
			}
			CAMUNDA_JSON.treeToValue(node, BODIES.get(action == null ? "" : action));
		}
		catch (IOException notReadable) {
			return Optional.of(new ProblemException(HttpStatus.BAD_REQUEST, "task.unreadableBody"));
		}
		// The engine stores a link without a type, and then fails every later write to the task with a 500.
		if ("/identity-links".equals(action) && text(node.get("type")) == null) {
			return Optional.of(new ProblemException(HttpStatus.BAD_REQUEST, "task.linkTypeMissing"));
		}
		return COLUMN_SIZES.entrySet()
			.stream()
			.filter(column -> node.path(column.getKey()).isTextual()
					&& node.path(column.getKey()).asText().length() > column.getValue())
			.findFirst()
			.map(column -> new ProblemException(HttpStatus.BAD_REQUEST, "task.valueTooLong", column.getKey(),
					column.getValue()));
	}

	/** The user the request would make the assignee, or null when it makes none (or the body is not JSON). */
	private String assignee(String action, byte[] body) {
		if (body.length == 0) {
			return null;
		}
		JsonNode node;
		try {
			node = json.readTree(body);
		}
		catch (IOException notJson) {
			return null;
		}
		if (node == null || !node.isObject()) {
			return null;
		}
		if (action == null) {
			return text(node.get("assignee"));
		}
		if ("/identity-links".equals(action)) {
			return "assignee".equals(text(node.get("type"))) ? text(node.get("userId")) : null;
		}
		return text(node.get("userId"));
	}

	private static String text(JsonNode value) {
		return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
	}

}
