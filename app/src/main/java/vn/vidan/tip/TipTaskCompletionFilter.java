package vn.vidan.tip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.processes.tip.TipReportProcess.Vars;

/**
 * Checks answers to TipReportProcess tasks on Camunda's REST API (Tasklist submits forms through it) before the
 * engine sees them, so an officer gets a problem+json 400 that says what is missing, not the engine's 500 for a
 * failed task listener. Runs after sign-in; other tasks and requests pass untouched.
 */
@Component
class TipTaskCompletionFilter extends OncePerRequestFilter {

	private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)$");

	private final TaskService tasks;

	private final TipReportRepository tips;

	private final ObjectMapper json;

	TipTaskCompletionFilter(TaskService tasks, TipReportRepository tips, ObjectMapper json) {
		this.tasks = tasks;
		this.tips = tips;
		this.json = json;
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
		if (task == null || !task.getTaskDefinitionKey().startsWith("Task_") || !isTipTask(task)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode variables = body.length == 0 ? json.createObjectNode() : json.readTree(body).path("variables");
		Optional<String> problem = TipFindingRules.problem(task.getTaskDefinitionKey(),
				name -> variables.path(name).path("value").isMissingNode() || variables.path(name).path("value").isNull()
						? null : variables.path(name).path("value").asText());
		if (problem.isEmpty() && TipReportProcess.TASK_TRIAGE_TIP.equals(task.getTaskDefinitionKey())
				&& "DUPLICATE".equals(variables.path(Vars.CATEGORY).path("value").asText())) {
			String earlier = variables.path(Vars.DUPLICATE_OF).path("value").asText().trim().toUpperCase();
			String own = tasks.getVariable(task.getId(), Vars.TIP_ID).toString();
			if (earlier.equals(own) || !tips.existsById(earlier)) {
				problem = Optional.of("Tip " + earlier
						+ " does not exist (or is this tip): give the reference of the earlier tip this one repeats.");
			}
		}
		if (problem.isPresent()) {
			ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.get());
			detail.setTitle("Task not completed");
			detail.setInstance(URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), detail);
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	private boolean isTipTask(Task task) {
		return task.getProcessDefinitionId() != null
				&& task.getProcessDefinitionId().startsWith(TipReportProcess.PROCESS_KEY + ":");
	}

	/** The request again, with the body already read. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

	}

}
