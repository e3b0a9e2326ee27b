package vn.vidan.design;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.web.ProblemException;

/**
 * Replays what the last closed cases of a process actually did through a changed model before it is deployed: each
 * case's steps, from the engine's history, must still exist and follow one another in the new model, else the case is
 * listed with the step that no longer fits. For every user task whose due date is a working duration (P2D), it also
 * gives the deadline the new rule would have set for each past case in the unit's working calendar, and how many of
 * them would have been late under the old and the new rule.
 */
@Service
class Simulations {

	static final int MAX_CASES = 1000;

	private static final String UNIT_CODE = "unitCode";

	record Affected(String processInstanceId, String businessKey, String activityId, String activityName,
			String reason) {
	}

	record Step(String activityId, String name, String oldDueDate, String newDueDate, int cases, int lateBefore,
			int lateAfter) {
	}

	record Report(String processKey, int cases, int unaffected, List<Affected> affected, List<Step> steps) {
	}

	private final HistoryService history;

	private final RepositoryService repository;

	private final WorkingCalendar calendar;

	Simulations(HistoryService history, RepositoryService repository, WorkingCalendar calendar) {
		this.history = history;
		this.repository = repository;
		this.calendar = calendar;
	}

	Report simulate(byte[] changedModel, int lastCases) {
		if (lastCases < 1 || lastCases > MAX_CASES) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.simulationCases", 1, MAX_CASES);
		}
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(changedModel));
		}
		catch (RuntimeException notBpmn) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.simulationNotBpmn");
		}
		Process process = model.getModelElementsByType(Process.class)
			.stream()
			.filter(Process::isExecutable)
			.findFirst()
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "design.simulationNotBpmn"));
		Graph graph = new Graph(model);
		List<HistoricProcessInstance> closed = history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(process.getId())
			.finished()
			.orderByProcessInstanceEndTime()
			.desc()
			.listPage(0, lastCases);
		List<Affected> affected = new ArrayList<>();
		Map<String, StepTally> tallies = new LinkedHashMap<>();
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			tallies.put(task.getId(), new StepTally(task));
		}
		for (HistoricProcessInstance instance : closed) {
			Affected why = replay(instance, graph);
			if (why != null) {
				affected.add(why);
			}
			tally(instance, tallies);
		}
		List<Step> steps = tallies.values().stream().filter(tally -> tally.cases > 0).map(StepTally::step).toList();
		return new Report(process.getId(), closed.size(), closed.size() - affected.size(), affected, steps);
	}

	/** The first step of the case the new model lacks, or cannot reach from the step before; null if all fit. */
	private Affected replay(HistoricProcessInstance instance, Graph graph) {
		List<HistoricActivityInstance> path = history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.list();
		String previous = null;
		for (HistoricActivityInstance step : path) {
			String id = step.getActivityId();
			if (id == null || id.contains("#")) {
				continue; // multi-instance bodies and the like are no model elements
			}
			if (!graph.contains(id)) {
				return new Affected(instance.getId(), instance.getBusinessKey(), id, name(step), "removed");
			}
			if (previous != null && !previous.equals(id) && !graph.reaches(previous, id)) {
				return new Affected(instance.getId(), instance.getBusinessKey(), id, name(step), "unreachable");
			}
			previous = id;
		}
		return null;
	}

	private static String name(HistoricActivityInstance step) {
		return step.getActivityName() == null ? step.getActivityId() : step.getActivityName();
	}

	private void tally(HistoricProcessInstance instance, Map<String, StepTally> tallies) {
		String unitCode = null;
		for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(UNIT_CODE)
			.list()) {
			unitCode = variable.getValue() == null ? null : variable.getValue().toString();
		}
		for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
			.processInstanceId(instance.getId())
			.finished()
			.list()) {
			StepTally tally = tallies.get(task.getTaskDefinitionKey());
			if (tally != null) {
				tally.add(task, unitCode);
			}
		}
	}

	/** A user task of the new model and what its due-date rule would have done to the past cases. */
	private final class StepTally {

		private final UserTask task;

		private final String rule;

		private int cases;

		private int lateBefore;

		private int lateAfter;

		private String oldRule;

		StepTally(UserTask task) {
			this.task = task;
			this.rule = task.getCamundaDueDate();
		}

		void add(HistoricTaskInstance done, String unitCode) {
			cases++;
			Instant finished = done.getEndTime().toInstant();
			if (done.getDueDate() != null && finished.isAfter(done.getDueDate().toInstant())) {
				lateBefore++;
			}
			Instant newDue = newDue(done.getStartTime().toInstant(), unitCode);
			Instant due = newDue != null ? newDue : done.getDueDate() == null ? null : done.getDueDate().toInstant();
			if (due != null && finished.isAfter(due)) {
				lateAfter++;
			}
			if (oldRule == null) {
				oldRule = oldRule(done);
			}
		}

		/** The deadline a working duration gives from the task's start; null for a date from an expression. */
		private Instant newDue(Instant start, String unitCode) {
			if (rule == null || !rule.startsWith("P")) {
				return null;
			}
			try {
				return calendar.deadline(start, rule, unitCode);
			}
			catch (RuntimeException notADuration) {
				return null;
			}
		}

		private String oldRule(HistoricTaskInstance done) {
			try {
				FlowElement old = repository.getBpmnModelInstance(done.getProcessDefinitionId())
					.getModelElementById(done.getTaskDefinitionKey());
				return old instanceof UserTask user ? user.getCamundaDueDate() : null;
			}
			catch (RuntimeException gone) {
				return null;
			}
		}

		Step step() {
			return new Step(task.getId(), task.getName(), oldRule, rule, cases, lateBefore, lateAfter);
		}

	}

	/** The new model as a graph: sequence flows, boundary events, the way into and out of sub-processes. */
	private static final class Graph {

		private final Map<String, Set<String>> next = new HashMap<>();

		private final Set<String> nodes = new HashSet<>();

		Graph(BpmnModelInstance model) {
			for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
				nodes.add(node.getId());
				for (SequenceFlow flow : node.getOutgoing()) {
					edge(node.getId(), flow.getTarget().getId());
				}
				if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
					edge(boundary.getAttachedTo().getId(), boundary.getId());
					// a boundary event inside a sub-process's scope may fire from any step in it
					inside(boundary.getAttachedTo()).forEach(step -> edge(step, boundary.getId()));
				}
				if (node instanceof SubProcess sub) {
					for (FlowElement inner : sub.getFlowElements()) {
						if (inner instanceof StartEvent) {
							edge(sub.getId(), inner.getId()); // entering the sub-process starts it
						}
						if (inner instanceof EndEvent) {
							sub.getOutgoing().forEach(flow -> edge(inner.getId(), flow.getTarget().getId()));
						}
					}
				}
			}
			// An event sub-process or a process-level start event can begin at any time.
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				if (start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent()) {
					nodes.forEach(node -> edge(node, sub.getId()));
				}
			}
		}

		private static List<String> inside(FlowElement element) {
			List<String> ids = new ArrayList<>();
			if (element instanceof SubProcess sub) {
				for (FlowElement inner : sub.getFlowElements()) {
					if (inner instanceof FlowNode) {
						ids.add(inner.getId());
						ids.addAll(inside(inner));
					}
				}
			}
			return ids;
		}

		private void edge(String from, String to) {
			next.computeIfAbsent(from, key -> new HashSet<>()).add(to);
		}

		boolean contains(String id) {
			return nodes.contains(id);
		}

		/** Whether {@code to} can follow {@code from}: a path of flows, or a step running beside it (parallel). */
		boolean reaches(String from, String to) {
			// history orders parallel branches by start time, not by flow: the other way round counts too
			return path(from, to) || path(to, from);
		}

		private boolean path(String from, String to) {
			Deque<String> open = new ArrayDeque<>(List.of(from));
			Set<String> seen = new HashSet<>();
			while (!open.isEmpty()) {
				String node = open.poll();
				if (!seen.add(node)) {
					continue;
				}
				Collection<String> targets = next.getOrDefault(node, Set.of());
				if (targets.contains(to)) {
					return true;
				}
				open.addAll(targets);
			}
			return false;
		}

	}

}
