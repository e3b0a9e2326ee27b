package vn.vidan.workspace.task;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.vidan.org.Officer;
import vn.vidan.org.OrgDirectory;
import vn.vidan.org.UnitScope;
import vn.vidan.process.CaseSummaries;
import vn.vidan.process.CaseSummary;
import vn.vidan.process.AnswerProblem;
import vn.vidan.process.TaskAnswerCheck;

/**
 * The engine side of the task page: reads a task with its form, case and history; decides who may open it; checks
 * the answers with the feature's {@link TaskAnswerCheck}; completes it and adds comments as the signed-in officer.
 */
@Service
class TaskWork {

	private static final Logger log = LoggerFactory.getLogger(TaskWork.class);

	/** The process variable that names a case's unit in Vidan's processes. */
	static final String UNIT_CODE = "unitCode";

	private final TaskService tasks;

	private final FormService forms;

	private final HistoryService history;

	private final RepositoryService repository;

	private final List<CaseSummaries> summaries;

	private final List<TaskAnswerCheck> checks;

	private final UnitScope scope;

	private final OrgDirectory directory;

	private final OfficerSession session;

	/** Parsed forms by process definition and task: a deployed form never changes. */
	private final Map<String, CamundaForm> deployedForms = new ConcurrentHashMap<>();

	TaskWork(TaskService tasks, FormService forms, HistoryService history, RepositoryService repository,
			List<CaseSummaries> summaries, List<TaskAnswerCheck> checks, UnitScope scope, OrgDirectory directory,
			OfficerSession session) {
		this.tasks = tasks;
		this.forms = forms;
		this.history = history;
		this.repository = repository;
		this.summaries = summaries;
		this.checks = checks;
		this.scope = scope;
		this.directory = directory;
		this.session = session;
	}

	/** The open task with this id, or empty when there is none (never was, or done meanwhile). */
	Optional<OpenTask> find(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		ProcessDefinition process = repository.getProcessDefinition(task.getProcessDefinitionId());
		String businessKey = history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
		Map<String, Object> variables = readable(tasks.getVariablesTyped(taskId, false));
		Optional<CaseSummary> summary = summaries.stream()
			.filter(feature -> feature.covers(process.getKey()))
			.findFirst()
			.flatMap(feature -> businessKey == null ? Optional.empty() : feature.summary(businessKey));
		String unitCode = summary.map(CaseSummary::unitCode)
			.orElseGet(() -> variables.get(UNIT_CODE) instanceof String unit ? unit : null);
		Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
		return Optional.of(new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
				due, task.getProcessInstanceId(), process.getKey(),
				process.getName() == null ? process.getKey() : process.getName(), businessKey, summary, unitCode,
				form(task), variables));
	}

	/**
	 * Whether {@code officer} may open the task: administrators and auditors, the assignee, whoever Camunda lets see it
	 * (its candidates), and officers whose units cover the case's unit (leaders of the units above).
	 */
	boolean mayOpen(OpenTask task, Authentication officer) {
		if (overseer(officer) || task.assignedTo(officer.getName())) {
			return true;
		}
		if (task.unitCode() != null && directory.snapshot().hasUnit(task.unitCode())
				&& scope.covers(officer.getName(), false, task.unitCode())) {
			return true;
		}
		return session.as(officer, () -> tasks.createTaskQuery().taskId(task.id()).count() > 0);
	}

	/** What the feature's answer check finds wrong with the answers, each naming its field. */
	List<AnswerProblem> answerProblems(OpenTask task, FilledForm filled) {
		VariableMap answers = filled.answers();
		return checks.stream()
			.filter(check -> check.covers(task.processKey()))
			.findFirst()
			.map(check -> check.problems(task.taskKey(), name -> {
				Object value = answers.containsKey(name) ? answers.get(name) : null;
				return value == null ? null : value.toString();
			}, task.businessKey()))
			.orElse(List.of());
	}

	/** Completes the task as the officer with the form's typed answers; the engine's refusal is thrown as it is. */
	void complete(OpenTask task, FilledForm filled, Authentication officer) {
		VariableMap answers = filled.answers();
		session.run(officer, () -> tasks.complete(task.id(), answers));
		log.info("Task {} ({}) of {} completed by {}", task.id(), task.taskKey(), task.caseCode(), officer.getName());
	}

	void comment(OpenTask task, String message, Authentication officer) {
		session.run(officer, () -> tasks.createComment(task.id(), task.processInstanceId(), message));
	}

	/** The steps done so far in the task's process, oldest first: the start, then every finished task. */
	List<Step> steps(OpenTask task) {
		List<Step> steps = new ArrayList<>();
		HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.processInstanceId())
			.singleResult();
		if (process != null) {
			steps.add(new Step(null, process.getStartUserId(), process.getStartTime().toInstant(), true, true));
		}
		for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery()
			.processInstanceId(task.processInstanceId())
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.asc()
			.list()) {
			steps.add(new Step(done.getName(), done.getAssignee(), done.getEndTime().toInstant(),
					"completed".equals(done.getDeleteReason()), false));
		}
		steps.sort(Comparator.comparing(Step::at));
		return steps;
	}

	/** The case's comments, oldest first. */
	List<Note> notes(OpenTask task) {
		List<Note> notes = new ArrayList<>();
		for (Comment comment : tasks.getProcessInstanceComments(task.processInstanceId())) {
			notes.add(new Note(comment.getUserId(), comment.getTime().toInstant(),
					comment.getFullMessage()));
		}
		notes.sort(Comparator.comparing(Note::at));
		return notes;
	}

	/** Officers of the case's unit the task could be given to, by name. */
	List<Officer> colleagues(OpenTask task) {
		if (task.unitCode() == null || !directory.snapshot().hasUnit(task.unitCode())) {
			return List.of();
		}
		return directory.snapshot()
			.officersOf(task.unitCode())
			.stream()
			.sorted(Comparator.comparing(Officer::getFullName))
			.toList();
	}

	/** The task's Camunda Form as deployed with its process version, or null when the step has none. */
	private CamundaForm form(Task task) {
		String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
		CamundaForm known = deployedForms.get(key);
		if (known != null) {
			return known;
		}
		try (InputStream json = forms.getDeployedTaskForm(task.getId())) {
			CamundaForm form = CamundaForm.parse(json);
			deployedForms.put(key, form);
			return form;
		}
		catch (ProcessEngineException | java.io.IOException | IllegalArgumentException noForm) {
			log.debug("Task {} ({}) has no Camunda Form: {}", task.getId(), task.getTaskDefinitionKey(),
					noForm.getMessage());
			return null;
		}
	}

	private static Map<String, Object> readable(VariableMap variables) {
		Map<String, Object> values = new HashMap<>();
		for (String name : variables.keySet()) {
			TypedValue value = variables.getValueTyped(name);
			if (!(value instanceof ObjectValue)) {
				values.put(name, value.getValue());
			}
		}
		return values;
	}

	private static boolean overseer(Authentication officer) {
		return officer.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN")
					|| authority.getAuthority().equals("ROLE_AUDITOR"));
	}

	/**
	 * A step of the case's story.
	 * @param name the task's name; null for the start
	 * @param who the officer who did it, or null when the engine did (a timer, an intake through the API)
	 * @param completed false when the step was cancelled (a timer, a withdrawal) instead of done
	 * @param start whether this is the process's start
	 */
	record Step(String name, String who, Instant at, boolean completed, boolean start) {
	}

	/** A comment on the case. */
	record Note(String who, Instant at, String text) {
	}

}
