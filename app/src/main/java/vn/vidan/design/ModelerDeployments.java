package vn.vidan.design;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.vidan.process.CamundaMemberships;
import vn.vidan.process.CamundaMemberships.Implied;
import vn.vidan.process.DeploymentRules;
import vn.vidan.process.DeploymentRules.Problem;
import vn.vidan.process.ProcessResources;
import vn.vidan.web.ProblemException;

/**
 * A deployment as a designer sends it from Camunda Modeler, made whole and safe: a model that names a form or a
 * decision (binding {@code deployment}) the deployment does not carry gets Vidan's current one added, so the new
 * process version ships with its forms as {@code ProcessDeployment}'s do; then every deployment rule is checked, and
 * only a model with no problem is deployed, as the designer (Camunda's authorizations and operation log apply).
 */
@Service
class ModelerDeployments {

	private static final Logger log = LoggerFactory.getLogger(ModelerDeployments.class);

	private final RepositoryService repository;

	private final IdentityService identity;

	private final DeploymentRules rules;

	private final ProcessResources shipped;

	private final CamundaMemberships memberships;

	private final ObjectMapper json = new ObjectMapper();

	ModelerDeployments(RepositoryService repository, IdentityService identity, DeploymentRules rules,
			ProcessResources shipped, CamundaMemberships memberships) {
		this.repository = repository;
		this.identity = identity;
		this.rules = rules;
		this.shipped = shipped;
		this.memberships = memberships;
	}

	record Request(String name, String source, boolean changedOnly, Map<String, byte[]> resources) {
	}

	/** The deployment made, or {@link DeploymentRefused} with every problem. */
	DeploymentWithDefinitions deploy(Request request, Authentication designer) {
		Map<String, byte[]> resources = new LinkedHashMap<>(request.resources());
		Set<String> forms = formsIn(resources);
		Set<String> decisions = decisionsIn(resources);
		List<String> added = complete(resources, forms, decisions);
		List<Problem> problems = rules.check(resources, forms, decisions);
		if (!problems.isEmpty()) {
			throw new DeploymentRefused(problems);
		}
		DeploymentBuilder builder = repository.createDeployment()
			.name(request.name())
			.source(request.source())
			.enableDuplicateFiltering(request.changedOnly());
		resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
		// Their directory groups, and the role groups their sign-in carries.
		identity.setAuthentication(designer.getName(),
				memberships.groups(designer, Implied.PROCESS_DESIGNER, Implied.ADMINISTRATOR));
		try {
			DeploymentWithDefinitions deployment = builder.deployWithResult();
			log.info("{} deployed '{}' from {} ({}): {} resources, {} added from Vidan's forms and decisions",
					designer.getName(), request.name(), request.source(), deployment.getId(), resources.size(),
					added.size());
			return deployment;
		}
		catch (ParseException refused) {
			throw new DeploymentRefused(engineProblems(refused));
		}
		catch (AuthorizationException notAllowed) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "design.notAllowed");
		}
		catch (ProcessEngineException refused) {
			log.info("The engine refused {}'s deployment '{}': {}", designer.getName(), request.name(),
					refused.getMessage());
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.engineRefused");
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Adds the shipped forms and decisions the models name but the deployment lacks; returns their names. */
	private List<String> complete(Map<String, byte[]> resources, Set<String> forms, Set<String> decisions) {
		List<String> added = new ArrayList<>();
		for (Map.Entry<String, byte[]> resource : List.copyOf(resources.entrySet())) {
			BpmnModelInstance model = bpmn(resource.getKey(), resource.getValue());
			if (model == null) {
				continue;
			}
			List<String[]> formRefs = new ArrayList<>();
			model.getModelElementsByType(UserTask.class)
				.forEach(task -> formRefs.add(new String[] { task.getCamundaFormRef(), task.getCamundaFormRefBinding() }));
			model.getModelElementsByType(StartEvent.class)
				.forEach(start -> formRefs.add(new String[] { start.getCamundaFormRef(), start.getCamundaFormRefBinding() }));
			for (String[] ref : formRefs) {
				String name = ref[0] == null || !"deployment".equals(ref[1]) || forms.contains(ref[0]) ? null
						: shipped.formResource(ref[0]);
				if (name != null && resources.putIfAbsent(name, shipped.all().get(name)) == null) {
					forms.add(ref[0]);
					added.add(name);
				}
			}
			for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
				String ref = task.getCamundaDecisionRef();
				String name = ref == null || !"deployment".equals(task.getCamundaDecisionRefBinding())
						|| decisions.contains(ref) ? null : shipped.decisionResource(ref);
				if (name != null && resources.putIfAbsent(name, shipped.all().get(name)) == null) {
					decisions.addAll(ProcessResources.decisionIds(shipped.all().get(name)));
					added.add(name);
				}
			}
		}
		return added;
	}

	private static BpmnModelInstance bpmn(String name, byte[] bytes) {
		if (!(name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml"))) {
			return null;
		}
		try {
			return Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
		}
		catch (RuntimeException notBpmn) {
			return null; // the rules say so
		}
	}

	private Set<String> formsIn(Map<String, byte[]> resources) {
		Set<String> ids = new HashSet<>();
		resources.forEach((name, bytes) -> {
			if (name.endsWith(".form")) {
				String id = ProcessResources.formId(json, name, bytes);
				if (id != null) {
					ids.add(id);
				}
			}
		});
		return ids;
	}

	private static Set<String> decisionsIn(Map<String, byte[]> resources) {
		Set<String> ids = new HashSet<>();
		resources.forEach((name, bytes) -> {
			if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
				ids.addAll(ProcessResources.decisionIds(bytes));
			}
		});
		return ids;
	}

	/** What the engine itself refused, in the same list (its own words: they are the engine's, not personal data). */
	private static List<Problem> engineProblems(ParseException refused) {
		List<Problem> problems = new ArrayList<>();
		for (ResourceReport report : refused.getResorceReports()) {
			report.getErrors()
				.forEach(error -> problems.add(new Problem(report.getResourceName(), error.getMainElementId(), "engine",
						List.of(error.getMessage()))));
		}
		return problems;
	}

}
