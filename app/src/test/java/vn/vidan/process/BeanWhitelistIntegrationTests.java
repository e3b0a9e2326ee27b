package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import vn.vidan.support.PlatformIntegrationTest;

/** BPMN may call process beans only: other beans are refused at deployment, by name. */
@PlatformIntegrationTest
class BeanWhitelistIntegrationTests {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationContext context;

	private Deployment deployed;

	@AfterEach
	void undeploy() {
		if (deployed != null) {
			repository.deleteDeployment(deployed.getId(), true);
		}
	}

	/** A one-task process whose service task evaluates the given expression into {@code result}. */
	private static BpmnModelInstance callingExpression(String key, String expression) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("Task_Call")
			.camundaExpression(expression)
			.camundaResultVariable("result")
			.endEvent()
			.done();
	}

	@Test
	void refusesBpmnCallingABeanThatIsNotWhitelistedAndNamesIt() {
		BpmnModelInstance model = callingExpression("CallsDataSource", "${dataSource.getConnection()}");

		assertThatThrownBy(() -> repository.createDeployment().addModelInstance("calls-data-source.bpmn", model).deploy())
			.hasMessageContaining("bean 'dataSource'")
			.hasMessageContaining("'Task_Call'")
			.hasMessageContaining("not a process bean");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("CallsDataSource").count()).isZero();
	}

	@Test
	void refusesTheRoutingServiceItselfBecauseOnlyItsProcessBeanIsWhitelisted() {
		BpmnModelInstance model = callingExpression("CallsRoutingService",
				"${routingService.route(unitCode, null, null)}");

		assertThatThrownBy(() -> repository.createDeployment().addModelInstance("calls-routing.bpmn", model).deploy())
			.hasMessageContaining("bean 'routingService'");
	}

	@Test
	void refusesANonWhitelistedBeanHiddenInACondition() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("ConditionOnBean")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.exclusiveGateway("Gateway_Check")
			.condition("yes", "${accountRepository.count() > 0}")
			.endEvent("EndEvent_Yes")
			.moveToLastGateway()
			.condition("no", "${true}")
			.endEvent("EndEvent_No")
			.done();

		assertThatThrownBy(() -> repository.createDeployment().addModelInstance("condition.bpmn", model).deploy())
			.hasMessageContaining("bean 'accountRepository'");
	}

	@Test
	void runsBpmnCallingTheWhitelistedRoutingBean() {
		deployed = repository.createDeployment()
			.addModelInstance("calls-routing-bean.bpmn",
					callingExpression("CallsRoutingBean", "${routing.groups(unitCode, 'UNIT_LEADER').get(0)}"))
			.deploy();

		ProcessInstance instance = runtime.startProcessInstanceByKey("CallsRoutingBean", Map.of("unitCode", "DAKNIA"));

		Object result = history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName("result")
			.singleResult()
			.getValue();
		assertThat(result).isEqualTo("DAKNIA.leaders");
	}

	@Test
	void treatsNamesThatAreNoBeanAsProcessVariables() {
		deployed = repository.createDeployment()
			.addModelInstance("variables.bpmn", callingExpression("UsesVariables", "${receiptCode.length() > 0}"))
			.deploy();

		assertThat(repository.createProcessDefinitionQuery().deploymentId(deployed.getId()).count()).isEqualTo(1);
	}

	@Test
	void refusesTheSameThroughTheRestApiWithAClearMessage() {
		String xml = Bpmn.convertToString(callingExpression("RestCallsDataSource", "${dataSource.getConnection()}"));
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("deployment-name", "bad");
		form.add("data", new ByteArrayResource(xml.getBytes()) {
			@Override
			public String getFilename() {
				return "bad.bpmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);

		ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "admin")
			.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), JsonNode.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("message").asText()).contains("bean 'dataSource'");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("RestCallsDataSource").count())
			.isZero();
	}

	@Test
	void whitelistHoldsOnlyProcessBeans() {
		ProcessBeanWhitelist whitelist = new ProcessBeanWhitelist(context);

		assertThat(whitelist.names()).contains("routing", "residentRequests", "closeRequestDelegate")
			.doesNotContain("routingService", "requestLifecycle", "dataSource");
		assertThat(whitelist.get("dataSource")).isNull();
		assertThat(whitelist.isForbiddenBean("dataSource")).isTrue();
		assertThat(whitelist.isForbiddenBean("unitCode")).isFalse();
		assertThat(whitelist.isForbiddenBean("routing")).isFalse();
	}

}
