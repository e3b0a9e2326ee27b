package vn.vidan.process;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of the {@code processes} module and the forms of the {@code forms} module as one deployment,
 * so {@code camunda:formRef} with binding {@code deployment} finds the form that shipped with its process. Nothing
 * changed, nothing deployed; one resource changed, all are deployed again together.
 */
@Component
@Order(0)
class ProcessDeployment implements ApplicationRunner {

	static final String DEPLOYMENT_NAME = "vidan";

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

	private final RepositoryService repositoryService;

	private final ProcessResources resources;

	ProcessDeployment(RepositoryService repositoryService, ProcessResources resources) {
		this.repositoryService = repositoryService;
		this.resources = resources;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (resources.all().isEmpty()) {
			log.warn("No processes or forms on the class path: nothing to deploy");
			return;
		}
		DeploymentBuilder builder = repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("vidan-app")
			.enableDuplicateFiltering(false);
		resources.all().keySet().forEach(name -> builder.addInputStream(name, resources.open(name)));
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		int processes = sizeOf(deployment.getDeployedProcessDefinitions());
		int decisions = sizeOf(deployment.getDeployedDecisionDefinitions());
		if (processes + decisions == 0) {
			log.info("Deployment '{}' unchanged ({}): {} resources", DEPLOYMENT_NAME, deployment.getId(),
					resources.all().size());
		}
		else {
			log.info("Deployment '{}' ({}): {} resources, {} process definitions, {} decisions", DEPLOYMENT_NAME,
					deployment.getId(), resources.all().size(), processes, decisions);
		}
	}

	private static int sizeOf(List<?> list) {
		return list == null ? 0 : list.size();
	}

}
