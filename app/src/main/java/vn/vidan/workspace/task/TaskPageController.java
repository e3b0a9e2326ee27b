package vn.vidan.workspace.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vidan.process.AnswerProblem;
import vn.vidan.web.ProblemException;
import vn.vidan.workspace.FormTokens;
import vn.vidan.workspace.PageController;
import vn.vidan.workspace.People;

/**
 * The task page: {@code GET /tasks/{taskId}} shows the step with its Camunda Form beside the case;
 * {@code POST /tasks/{taskId}/form} re-draws the form as the officer answers (htmx), {@code POST …/complete} checks the
 * answers and completes the task, {@code POST …/comments} adds a comment. Claim, unclaim and assign are the inbox's.
 */
@PageController
class TaskPageController {

	private static final Logger log = LoggerFactory.getLogger(TaskPageController.class);

	static final int COMMENT_MAX = 2000;

	private final TaskWork work;

	private final MessageSource messages;

	private final People people;

	private final FormTokens tokens;

	TaskPageController(TaskWork work, MessageSource messages, People people, FormTokens tokens) {
		this.work = work;
		this.messages = messages;
		this.people = people;
		this.tokens = tokens;
	}

	@GetMapping("/tasks/{taskId}")
	String page(@PathVariable String taskId, Authentication officer, Locale locale, Model model) {
		OpenTask task = open(taskId, officer, locale);
		FilledForm form = task.form() == null ? null : FilledForm.initial(task.form(), task.variables());
		return show(task, form, List.of(), officer, locale, model);
	}

	/** The form again with the answers so far, for htmx: conditions re-evaluated, nothing validated or saved. */
	@PostMapping("/tasks/{taskId}/form")
	String redraw(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> parameters,
			Authentication officer, Locale locale, Model model) {
		OpenTask task = open(taskId, officer, locale);
		if (task.form() == null) {
			return "redirect:/tasks/" + taskId;
		}
		show(task, filled(task, parameters, locale), List.of(), officer, locale, model);
		return "task/page :: fields";
	}

	@PostMapping("/tasks/{taskId}/complete")
	String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> parameters,
			Authentication officer, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Optional<OpenTask> found = work.find(taskId);
		if (found.isEmpty()) {
			return gone(taskId, null, locale, redirect);
		}
		OpenTask task = allowed(found.get(), officer, locale);
		FilledForm form = task.form() == null ? null : filled(task, parameters, locale);
		if (parameters.containsKey("_redraw")) {
			// Without JavaScript: the officer asked to see which questions apply now.
			return show(task, form, List.of(), officer, locale, model);
		}
		if (!task.assignedTo(officer.getName())) {
			String refusal = task.assignee() == null ? message("task.refused.unclaimed", locale)
					: message("task.refused.notYours", locale, people.displayName(task.assignee()));
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(task, form, List.of(new Problem("#task-actions", null, refusal)), officer, locale, model);
		}
		List<Problem> problems = new ArrayList<>();
		if (form != null) {
			for (FormValidation.Problem problem : FormValidation.problems(form)) {
				FormComponent field = problem.component();
				String label = field.label() == null || field.label().isBlank() ? field.key() : field.label();
				problems.add(new Problem("#" + field.htmlId(), field.id(),
						message(problem.messageKey(), locale, label, problem.argument())));
			}
		}
		if (problems.isEmpty() && form != null) {
			for (AnswerProblem problem : work.answerProblems(task, form)) {
				String text = messages.getMessage(problem, locale);
				problems.add(form.form()
					.inputs()
					.stream()
					.filter(field -> problem.field() != null && problem.field().equals(field.key()))
					.findFirst()
					.map(field -> new Problem("#" + field.htmlId(), field.id(), text))
					.orElse(new Problem("#task-form", null, text)));
			}
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return show(task, form, problems, officer, locale, model);
		}
		try {
			work.complete(task, form == null ? FilledForm.none() : form, officer);
		}
		catch (ProcessEngineException refused) {
			if (work.find(taskId).isEmpty()) {
				return gone(taskId, task, locale, redirect);
			}
			log.warn("The engine refused to complete task {} ({}) of {}: {}", taskId, task.taskKey(),
					task.caseCode(), refused.getMessage());
			String reason = reasonOf(refused, locale).map(detail -> message("task.refused.engineReason", locale, detail))
				.orElseGet(() -> message("task.refused.engine", locale));
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(task, form, List.of(new Problem("#task-form", null, reason)), officer, locale, model);
		}
		redirect.addFlashAttribute("notice", message("task.done", locale, task.name(), task.caseCode()));
		return "redirect:/inbox";
	}

	/** Adds a comment once per form shown: a double click or a resent form lands on the page with one comment. */
	@PostMapping("/tasks/{taskId}/comments")
	String comment(@PathVariable String taskId, @RequestParam(defaultValue = "") String message,
			@RequestParam(defaultValue = "") String token, Authentication officer, Locale locale, HttpSession session,
			RedirectAttributes redirect) {
		OpenTask task = open(taskId, officer, locale);
		String text = message.strip();
		if (tokens.result(token).isPresent()) {
			redirect.addFlashAttribute("commentAdded", true);
		}
		else if (text.isEmpty() || text.length() > COMMENT_MAX) {
			redirect.addFlashAttribute("commentError",
					message(text.isEmpty() ? "task.comment.empty" : "task.comment.tooLong", locale, COMMENT_MAX));
			redirect.addFlashAttribute("commentDraft", text.length() > COMMENT_MAX ? text : "");
		}
		else if (!tokens.issuedIn(session, token)) {
			redirect.addFlashAttribute("commentError", message("task.comment.expired", locale));
			redirect.addFlashAttribute("commentDraft", text);
		}
		else {
			tokens.once(token, "comment", () -> {
				work.comment(task, text, officer);
				return task.caseCode();
			});
			redirect.addFlashAttribute("commentAdded", true);
		}
		return "redirect:/tasks/" + taskId + "#comments";
	}

	private String show(OpenTask task, FilledForm form, List<Problem> problems, Authentication officer, Locale locale,
			Model model) {
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		problems.stream().filter(problem -> problem.fieldId() != null).forEach(problem -> fieldErrors
			.putIfAbsent(problem.fieldId(), problem.message()));
		model.addAttribute("task", task);
		model.addAttribute("form", form);
		model.addAttribute("mine", task.assignedTo(officer.getName()));
		model.addAttribute("problems", problems);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("casePage", task.casePage());
		model.addAttribute("steps", work.steps(task));
		model.addAttribute("notes", work.notes(task));
		model.addAttribute("colleagues", work.colleagues(task));
		model.addAttribute("commentMax", COMMENT_MAX);
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			// The comment form's one-time token (see comment): a double click adds one comment.
			model.addAttribute("commentToken", tokens.issue(request.getRequest().getSession()));
		}
		return "task/page";
	}

	private OpenTask open(String taskId, Authentication officer, Locale locale) {
		OpenTask task = work.find(taskId)
			.orElseThrow(() -> ProblemException.worded(HttpStatus.NOT_FOUND, message("task.gone.title", locale),
					message("task.gone.detail", locale)));
		return allowed(task, officer, locale);
	}

	private OpenTask allowed(OpenTask task, Authentication officer, Locale locale) {
		if (!work.mayOpen(task, officer)) {
			throw ProblemException.worded(HttpStatus.FORBIDDEN, message("task.forbidden.title", locale),
					message("task.forbidden.detail", locale));
		}
		return task;
	}

	private String gone(String taskId, OpenTask task, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", task == null ? message("task.gone.detail", locale)
				: message("task.gone.meanwhile", locale, task.name(), task.caseCode()));
		log.info("Task {} was no longer open when submitted", taskId);
		return "redirect:/inbox";
	}

	private static FilledForm filled(OpenTask task, MultiValueMap<String, String> parameters, Locale locale) {
		return FilledForm.submitted(task.form(), task.variables(),
				name -> parameters.getOrDefault(name, List.of()), locale);
	}

	/** The reason a feature's listener gave (a refusal meant for people), if that is why the engine refused. */
	private Optional<String> reasonOf(Throwable failure, Locale locale) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
				String detail = known.updateAndGetBody(messages, locale).getDetail();
				if (detail != null) {
					return Optional.of(detail);
				}
			}
		}
		return Optional.empty();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/**
	 * A reason the task was not completed, for the error summary.
	 * @param href where the summary's link goes ({@code #field-…}, {@code #task-actions})
	 * @param fieldId the form component it belongs to, or null for the whole form
	 */
	record Problem(String href, String fieldId, String message) {
	}

}
