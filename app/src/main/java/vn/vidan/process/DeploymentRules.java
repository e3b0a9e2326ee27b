package vn.vidan.process;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a process model must be before Vidan runs it, checked as a whole so a designer gets every problem at once:
 * beans only from the whitelist, forms and decisions that exist, a due date and a routing rule on every user task,
 * timers with a time, messages that some code correlates, no scripts or {@code camunda:class}, a diagram for every
 * element (so it opens in Camunda Modeler), a history time to live, and the structural rules of Modeler's lint
 * (bpmnlint "recommended") that matter for running. The same rules run over {@code processes/} in the build.
 */
@Component
public class DeploymentRules {

	/** One problem: the resource, the element (or the process), the rule broken and what it names. */
	public record Problem(String resource, String elementId, String rule, List<String> args) {
	}

	private static final String PROCESSES_PACKAGE = "vn.vidan.processes";

	private final Predicate<String> processBean;

	private final Predicate<String> forbiddenBean;

	private final Set<String> correlatedMessages;

	@Autowired
	DeploymentRules(ApplicationContext context) {
		this(new ProcessBeanWhitelist(context));
	}

	private DeploymentRules(ProcessBeanWhitelist whitelist) {
		this(whitelist::containsKey, whitelist::isForbiddenBean, correlatedMessages());
	}

	/**
	 * Rules over the given beans: {@code processBean} says whether a name is a process bean, {@code forbiddenBean}
	 * whether it is some other bean; {@code correlatedMessages} are the message names Vidan's code correlates.
	 */
	public DeploymentRules(Predicate<String> processBean, Predicate<String> forbiddenBean,
			Set<String> correlatedMessages) {
		this.processBean = processBean;
		this.forbiddenBean = forbiddenBean;
		this.correlatedMessages = Set.copyOf(correlatedMessages);
	}

	/**
	 * The message names in the process constants classes ({@code MESSAGE_*} of {@code vn.vidan.processes}): the code
	 * correlates messages only through them.
	 */
	public static Set<String> correlatedMessages() {
		Set<String> names = new HashSet<>();
		for (String type : List.of("request.ResidentRequestProcess", "tip.TipReportProcess",
				"secondment.SecondmentWaveProcess", "secondment.SecondmentTermProcess")) {
			try {
				for (Field field : Class.forName(PROCESSES_PACKAGE + "." + type).getFields()) {
					if (field.getName().startsWith("MESSAGE_") && Modifier.isStatic(field.getModifiers())
							&& field.getType() == String.class) {
						names.add((String) field.get(null));
					}
				}
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException("The process constants class " + type + " is missing", e);
			}
		}
		return names;
	}

	/**
	 * Checks every BPMN of a deployment. {@code forms} and {@code decisions} are the ids a reference may name: those
	 * the deployment carries and those it will be completed with.
	 */
	public List<Problem> check(Map<String, byte[]> resources, Set<String> forms, Set<String> decisions) {
		List<Problem> problems = new ArrayList<>();
		resources.forEach((name, bytes) -> {
			if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
				problems.addAll(checkBpmn(name, bytes, forms, decisions));
			}
		});
		return problems;
	}

	List<Problem> checkBpmn(String resource, byte[] bytes, Set<String> forms, Set<String> decisions) {
		BpmnModelInstance model;
		Element root;
		try {
			root = parse(bytes);
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
		}
		catch (Exception notBpmn) {
			return List.of(new Problem(resource, null, "notBpmn", List.of()));
		}
		Found found = new Found(resource);
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (process.getCamundaHistoryTimeToLiveString() == null
					|| process.getCamundaHistoryTimeToLiveString().isBlank()) {
				found.add(process, "historyTimeToLive");
			}
			if (process.isExecutable()) {
				checkStructure(process, found);
			}
		}
		checkBeansScriptsAndClasses(root, null, found);
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			checkUserTask(task, forms, found);
		}
		for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
			checkFormRef(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), forms, found);
		}
		for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
			String ref = rule.getCamundaDecisionRef();
			if (ref != null && !ref.contains("${") && !decisions.contains(ref)) {
				found.add(rule, "decisionMissing", ref);
			}
		}
		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			if (blank(timer.getTimeDate()) && blank(timer.getTimeDuration()) && blank(timer.getTimeCycle())) {
				found.add(owner(timer), "timerWithoutTime");
			}
		}
		for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
			if (!(definition.getParentElement() instanceof EndEvent)) { // a throwing end event sends, it waits for none
				checkMessage(owner(definition), definition.getMessage(), found);
			}
		}
		for (ReceiveTask receive : model.getModelElementsByType(ReceiveTask.class)) {
			checkMessage(receive, receive.getMessage(), found);
		}
		checkDiagram(model, found);
		return found.problems;
	}

	private void checkUserTask(UserTask task, Set<String> forms, Found found) {
		if (blank(task.getCamundaDueDate())) {
			found.add(task, "dueDateMissing");
		}
		List<String> rules = new ArrayList<>();
		for (String rule : new String[] { task.getCamundaCandidateGroups(), task.getCamundaCandidateUsers(),
				task.getCamundaAssignee() }) {
			if (!blank(rule)) {
				rules.add(rule);
			}
		}
		boolean routed = !blank(task.getCamundaCandidateGroups()) || !blank(task.getCamundaCandidateUsers());
		if (!routed || !rules.stream().allMatch(this::callsProcessBean)) {
			found.add(task, "candidateRuleMissing");
		}
		checkFormRef(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), forms, found);
		if (!blank(task.getCamundaFormKey())) {
			found.add(task, "formKeyNotAllowed");
		}
	}

	/** A rule names a process bean's method: {@code ${routing.groups(unitCode, 'UNIT_LEADER')}}, not a group name. */
	private boolean callsProcessBean(String rule) {
		return rule.contains("${") && ExpressionIdentifiers.in(rule).stream().anyMatch(processBean);
	}

	private void checkFormRef(BaseElement element, String ref, String binding, Set<String> forms, Found found) {
		if (blank(ref)) {
			return;
		}
		if (!"deployment".equals(binding)) {
			found.add(element, "formBindingNotDeployment", ref);
		}
		if (!ref.contains("${") && !forms.contains(ref)) {
			found.add(element, "formMissing", ref);
		}
	}

	private void checkMessage(BaseElement element, Message message, Found found) {
		if (message == null || blank(message.getName())) {
			found.add(element, "messageMissing");
		}
		else if (!correlatedMessages.contains(message.getName())) {
			found.add(element, "messageNotCorrelated", message.getName());
		}
	}

	/** Every attribute and text: beans off the whitelist, scripts, {@code camunda:class}. */
	private void checkBeansScriptsAndClasses(Element element, String enclosingId, Found found) {
		String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
		String local = element.getLocalName();
		boolean camunda = BpmnModelConstants.CAMUNDA_NS.equals(element.getNamespaceURI());
		if (camunda && local.equals("script")) {
			found.add(id, "scriptNotAllowed", "camunda:script");
		}
		if (local.equals("scriptTask")) {
			found.add(id, "scriptNotAllowed", "scriptTask");
		}
		if (local.equals("conditionExpression") && element.hasAttribute("language")) {
			found.add(id, "scriptNotAllowed", "language=" + element.getAttribute("language"));
		}
		if (element.hasAttributeNS(BpmnModelConstants.CAMUNDA_NS, "class") || (camunda && element.hasAttribute("class"))) {
			found.add(id, "classNotAllowed");
		}
		if (element.hasAttributeNS(BpmnModelConstants.CAMUNDA_NS, "resource")
				|| (camunda && element.hasAttribute("resource"))) {
			found.add(id, "scriptNotAllowed", "camunda:resource");
		}
		Set<String> beans = new LinkedHashSet<>();
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			ExpressionIdentifiers.in(attributes.item(i).getNodeValue()).stream().filter(forbiddenBean).forEach(beans::add);
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				ExpressionIdentifiers.in(child.getNodeValue()).stream().filter(forbiddenBean).forEach(beans::add);
			}
		}
		beans.forEach(bean -> found.add(id, "beanNotAllowed", bean));
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				checkBeansScriptsAndClasses(child, id, found);
			}
		}
	}

	/** The XML as a DOM, namespace-aware, with no DTD (so no external entities). */
	private static Element parse(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
	}

	/** A shape for every flow node, an edge for every sequence flow: else Modeler cannot draw the model. */
	private static void checkDiagram(BpmnModelInstance model, Found found) {
		Set<String> drawn = new HashSet<>();
		for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
			if (shape.getBpmnElement() != null) {
				drawn.add(shape.getBpmnElement().getId());
			}
		}
		for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
			if (edge.getBpmnElement() != null) {
				drawn.add(edge.getBpmnElement().getId());
			}
		}
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			if ((element instanceof FlowNode || element instanceof SequenceFlow) && !drawn.contains(element.getId())) {
				found.add(element, "diagramMissing");
			}
		}
	}

	/** bpmnlint's recommended rules that decide whether a process can run as drawn. */
	private static void checkStructure(BaseElement scope, Found found) {
		Collection<FlowElement> elements = scope instanceof Process process ? process.getFlowElements()
				: ((SubProcess) scope).getFlowElements();
		boolean eventSubProcess = scope instanceof SubProcess sub && sub.triggeredByEvent();
		if (elements.stream().noneMatch(StartEvent.class::isInstance)) {
			found.add(scope, "lint.start-event-required");
		}
		if (!eventSubProcess && elements.stream().noneMatch(EndEvent.class::isInstance)) {
			found.add(scope, "lint.end-event-required");
		}
		Set<String> flows = new HashSet<>();
		for (FlowElement element : elements) {
			if (element instanceof SubProcess sub) {
				checkStructure(sub, found);
			}
			if (element instanceof FlowNode node && !(element instanceof StartEvent)
					&& !(element instanceof BoundaryEvent) && !(node instanceof SubProcess sub && sub.triggeredByEvent())
					&& node.getIncoming().isEmpty() && node.getOutgoing().isEmpty()) {
				found.add(element, "lint.no-disconnected");
			}
			if ((element instanceof Activity || (element instanceof Event && !(element instanceof StartEvent)
					&& !(element instanceof EndEvent))) && blank(element.getName())) {
				found.add(element, "lint.label-required");
			}
			if (element instanceof SequenceFlow flow
					&& !flows.add(flow.getSource().getId() + "->" + flow.getTarget().getId())) {
				found.add(element, "lint.no-duplicate-sequence-flows");
			}
			if (element instanceof Gateway gateway
					&& (gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway)
					&& gateway.getOutgoing().size() > 1) {
				ModelElementInstance defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
						: ((InclusiveGateway) gateway).getDefault();
				for (SequenceFlow out : gateway.getOutgoing()) {
					ConditionExpression condition = out.getConditionExpression();
					if (out != defaultFlow && (condition == null || blank(condition.getTextContent()))) {
						found.add(out, "lint.conditional-flows");
					}
				}
			}
		}
	}

	private static BaseElement owner(ModelElementInstance definition) {
		return (BaseElement) definition.getParentElement();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean blank(ModelElementInstance expression) {
		return expression == null || expression.getTextContent() == null || expression.getTextContent().isBlank();
	}

	/** Problems of one resource, each element and rule once. */
	private static final class Found {

		private final String resource;

		private final List<Problem> problems = new ArrayList<>();

		private final Set<String> seen = new HashSet<>();

		Found(String resource) {
			this.resource = resource;
		}

		void add(BaseElement element, String rule, String... args) {
			add(element == null ? null : element.getId(), rule, args);
		}

		void add(String elementId, String rule, String... args) {
			if (seen.add(elementId + "|" + rule + "|" + String.join(",", args))) {
				problems.add(new Problem(resource, elementId, rule, List.of(args)));
			}
		}

	}

}
