package vn.vidan.process;

import java.util.List;

/**
 * Where a case's process stands, for the diagram on its page: the model to draw and which elements to mark.
 * @param processDefinitionId the model's definition (its XML comes from {@link CaseProgress#modelXml})
 * @param processInstanceId the instance
 * @param active the activities the case waits in now (tasks, receive tasks, call activities); empty once it ended
 * @param activeNames their names in the model, in the same order
 * @param reached the end events the instance reached, once it ended
 * @param reachedNames their names
 * @param done every other activity the instance has passed
 * @param ended whether the instance has ended
 */
public record CaseDiagram(String processDefinitionId, String processInstanceId, List<String> active,
		List<String> activeNames, List<String> reached, List<String> reachedNames, List<String> done,
		boolean ended) {

	/** The element ids to mark as current, space-separated, for a {@code data-} attribute. */
	public String activeIds() {
		return String.join(" ", active);
	}

	public String reachedIds() {
		return String.join(" ", reached);
	}

	public String doneIds() {
		return String.join(" ", done);
	}

}
