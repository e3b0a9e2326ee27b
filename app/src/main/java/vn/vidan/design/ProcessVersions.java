package vn.vidan.design;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/** Every version of every process, newest first, with how many cases run on it and at which step. */
@Service
class ProcessVersions {

	record Version(String id, int version, String deployment, String source, Instant deployedAt, long running,
			List<StepCount> steps) {
	}

	/** How many cases of a version wait at one step. */
	record StepCount(String activityId, String name, int cases) {
	}

	record ProcessView(String key, String name, List<Version> versions) {
	}

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final ManagementService management;

	ProcessVersions(RepositoryService repository, RuntimeService runtime, ManagementService management) {
		this.repository = repository;
		this.runtime = runtime;
		this.management = management;
	}

	/** The version with this id, or null. */
	Version version(String definitionId) {
		ProcessDefinition definition = repository.createProcessDefinitionQuery()
			.processDefinitionId(definitionId)
			.singleResult();
		return definition == null ? null : version(definition);
	}

	List<ProcessView> all() {
		Map<String, List<ProcessDefinition>> byKey = new LinkedHashMap<>();
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
			.orderByProcessDefinitionKey()
			.asc()
			.orderByProcessDefinitionVersion()
			.desc()
			.list()) {
			byKey.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(definition);
		}
		List<ProcessView> views = new ArrayList<>();
		byKey.forEach((key, definitions) -> views.add(new ProcessView(key, definitions.get(0).getName(),
				definitions.stream().map(this::version).toList())));
		return views;
	}

	private Version version(ProcessDefinition definition) {
		Deployment deployment = repository.createDeploymentQuery()
			.deploymentId(definition.getDeploymentId())
			.singleResult();
		List<StepCount> steps = new ArrayList<>();
		List<ActivityStatistics> statistics = management.createActivityStatisticsQuery(definition.getId()).list();
		if (!statistics.isEmpty()) {
			BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
			for (ActivityStatistics step : statistics) {
				FlowElement element = model.getModelElementById(step.getId());
				steps.add(new StepCount(step.getId(), element == null || element.getName() == null ? step.getId()
						: element.getName(), step.getInstances()));
			}
		}
		long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
		return new Version(definition.getId(), definition.getVersion(), deployment.getName(), deployment.getSource(),
				deployment.getDeploymentTime().toInstant(), running, steps);
	}

}
