package vn.vidan.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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

	private static final String[] PATTERNS = { "classpath*:vidan/processes/**/*.bpmn", "classpath*:vidan/processes/**/*.dmn",
			"classpath*:vidan/forms/**/*.form" };

	private final RepositoryService repositoryService;

	ProcessDeployment(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Resource> resources = resources();
		if (resources.isEmpty()) {
			log.warn("No processes or forms on the class path: nothing to deploy");
			return;
		}
		DeploymentBuilder builder = repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("vidan-app")
			.enableDuplicateFiltering(false);
		for (Resource resource : resources) {
			try (InputStream in = resource.getInputStream()) {
				builder.addInputStream(nameOf(resource), in);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + resource, e);
			}
		}
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		int processes = sizeOf(deployment.getDeployedProcessDefinitions());
		int decisions = sizeOf(deployment.getDeployedDecisionDefinitions());
		if (processes + decisions == 0) {
			log.info("Deployment '{}' unchanged ({}): {} resources", DEPLOYMENT_NAME, deployment.getId(),
					resources.size());
		}
		else {
			log.info("Deployment '{}' ({}): {} resources, {} process definitions, {} decisions", DEPLOYMENT_NAME,
					deployment.getId(), resources.size(), processes, decisions);
		}
	}

	private static int sizeOf(List<?> list) {
		return list == null ? 0 : list.size();
	}

	private static List<Resource> resources() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> resources = new ArrayList<>();
		try {
			for (String pattern : PATTERNS) {
				resources.addAll(List.of(resolver.getResources(pattern)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list process resources", e);
		}
		return resources;
	}

	/** The path below {@code vidan/}, e.g. {@code processes/request/resident-request.bpmn}. */
	private static String nameOf(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		return url.substring(url.lastIndexOf("vidan/") + "vidan/".length());
	}

}
