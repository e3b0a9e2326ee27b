package vn.vidan.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/**
 * How far a case has come, from the engine, for its page: its open and done tasks, and its process diagram with the
 * current step (or, at the end, the end event reached). Every process of a case carries the case's code as business
 * key. Callers check that the person may see the case before they ask.
 */
@Service
public class CaseProgress {

	private static final String COMPLETED = "completed";

	private final TaskService tasks;

	private final HistoryService history;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	CaseProgress(TaskService tasks, HistoryService history, RepositoryService repository, RuntimeService runtime) {
		this.tasks = tasks;
		this.history = history;
		this.repository = repository;
		this.runtime = runtime;
	}

	/** The case's open tasks, oldest first. */
	public List<CaseTask> openTasks(String businessKey) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.orderByTaskCreateTime()
			.asc()
			.list()
			.stream()
			.map(task -> new CaseTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
					null, false))
			.toList();
	}

	/** The case's ended tasks, latest first: done, or cancelled by the process (a timer, a withdrawal). */
	public List<CaseTask> doneTasks(String businessKey) {
		List<HistoricTaskInstance> ended = history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.finished()
			.list();
		return ended.stream()
			.sorted(Comparator.comparing(HistoricTaskInstance::getEndTime).reversed())
			.map(task -> new CaseTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					task.getStartTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
					task.getEndTime().toInstant(), COMPLETED.equals(task.getDeleteReason())))
			.toList();
	}

	/** The latest instance of the process {@code processKey} for the case, with what to mark on its diagram. */
	public Optional<CaseDiagram> diagram(String businessKey, String processKey) {
		List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.processDefinitionKey(processKey)
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 1);
		if (instances.isEmpty()) {
			return Optional.empty();
		}
		HistoricProcessInstance instance = instances.get(0);
		BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
		boolean ended = instance.getEndTime() != null;
		List<String> active = new ArrayList<>();
		if (!ended) {
			try {
				runtime.getActiveActivityIds(instance.getId())
					.stream()
					.filter(id -> !(model.getModelElementById(id) instanceof SubProcess))
					.distinct()
					.forEach(active::add);
			}
			catch (ProcessEngineException endedMeanwhile) {
				ended = true;
			}
		}
		Set<String> passed = new LinkedHashSet<>();
		List<String> reached = new ArrayList<>();
		List<HistoricActivityInstance> finished = history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.finished()
			.orderByHistoricActivityInstanceEndTime()
			.asc()
			.list();
		for (HistoricActivityInstance activity : finished) {
			ModelElementInstance element = model.getModelElementById(activity.getActivityId());
			if (!(element instanceof FlowElement)) {
				continue;
			}
			if (ended && element instanceof EndEvent && element.getParentElement() instanceof Process) {
				if (!reached.contains(activity.getActivityId())) {
					reached.add(activity.getActivityId());
				}
			}
			else if (!active.contains(activity.getActivityId())) {
				passed.add(activity.getActivityId());
			}
		}
		return Optional.of(new CaseDiagram(instance.getProcessDefinitionId(), instance.getId(), List.copyOf(active),
				names(model, active), List.copyOf(reached), names(model, reached), List.copyOf(passed), ended));
	}

	/** The BPMN XML of a deployed model, for the diagram viewer. */
	public String modelXml(String processDefinitionId) {
		try (InputStream in = repository.getProcessModel(processDefinitionId)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> names(BpmnModelInstance model, List<String> ids) {
		return ids.stream().map(id -> {
			ModelElementInstance element = model.getModelElementById(id);
			String name = element instanceof FlowElement flow ? flow.getName() : null;
			return name == null || name.isBlank() ? id : name;
		}).toList();
	}

}
