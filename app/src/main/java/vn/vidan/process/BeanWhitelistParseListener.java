package vn.vidan.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses a deployment whose BPMN names a Spring bean that is not a {@link ProcessBean}. Every attribute and text of
 * the model is read, so delegate expressions, conditions, listeners, due dates and candidate rules are all covered.
 * Names that are no bean at all are process variables and pass.
 */
class BeanWhitelistParseListener extends AbstractBpmnParseListener {

	private final ProcessBeanWhitelist whitelist;

	BeanWhitelistParseListener(ProcessBeanWhitelist whitelist) {
		this.whitelist = whitelist;
	}

	@Override
	public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
		List<String> violations = new ArrayList<>();
		Element[] first = new Element[1];
		collect(rootElement, null, violations, first);
		if (!violations.isEmpty()) {
			// Thrown as a parse error: the deployment fails as for invalid BPMN, and the REST API answers 400.
			throw new BpmnParseException("Deployment refused: " + String.join("; ", violations)
					+ ". BPMN may call only process beans " + whitelist.names() + ".", first[0]);
		}
	}

	private void collect(Element element, String enclosingId, List<String> violations, Element[] first) {
		String id = element.attribute("id") != null ? element.attribute("id") : enclosingId;
		int before = violations.size();
		for (String attribute : element.attributes()) {
			check(element.attribute(attribute), id, violations);
		}
		check(element.getText(), id, violations);
		if (first[0] == null && violations.size() > before) {
			first[0] = element;
		}
		for (Element child : element.elements()) {
			collect(child, id, violations, first);
		}
	}

	private void check(String text, String elementId, List<String> violations) {
		for (String name : ExpressionIdentifiers.in(text)) {
			if (whitelist.isForbiddenBean(name)) {
				violations.add("element '" + elementId + "' calls bean '" + name + "', which is not a process bean");
			}
		}
	}

}
