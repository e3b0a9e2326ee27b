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
import org.springframework.stereotype.Service;

/** Every version of every process, newest first, with how many cases run on it and at which step. */
@Service
class ProcessVersions {

	record Version(String id, int version, String deployment, String source, Instant deployedAt, long running,
			Map<String, Integer> byActivity) {
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
		Map<String, Integer> byActivity = new LinkedHashMap<>();
		for (ActivityStatistics statistics : management.createActivityStatisticsQuery(definition.getId()).list()) {
			byActivity.put(statistics.getId(), statistics.getInstances());
		}
		long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
		return new Version(definition.getId(), definition.getVersion(), deployment.getName(), deployment.getSource(),
				deployment.getDeploymentTime().toInstant(), running, byActivity);
	}

}
