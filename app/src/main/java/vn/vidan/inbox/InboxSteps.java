package vn.vidan.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The steps a list can be filtered by: the user tasks of the latest version of every deployed process, by id and
 * name. Read from the models once and again every few minutes (deployments are rare).
 */
@Component
class InboxSteps {

	private static final Duration KEEP = Duration.ofMinutes(5);

	private final RepositoryService repository;

	private volatile List<Step> steps;

	private volatile Instant loadedAt = Instant.EPOCH;

	InboxSteps(RepositoryService repository) {
		this.repository = repository;
	}

	List<Step> all() {
		if (steps == null || Instant.now().isAfter(loadedAt.plus(KEEP))) {
			Map<String, Step> found = new LinkedHashMap<>();
			for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
				BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					found.putIfAbsent(task.getId(), new Step(task.getId(), task.getName() == null ? task.getId()
							: task.getName().replaceAll("\\s+", " ").trim()));
				}
			}
			List<Step> sorted = new ArrayList<>(found.values());
			sorted.sort(Comparator.comparing(Step::name));
			steps = List.copyOf(sorted);
			loadedAt = Instant.now();
		}
		return steps;
	}

	record Step(String key, String name) {
	}

}
