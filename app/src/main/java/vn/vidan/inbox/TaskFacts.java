package vn.vidan.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the engine says of a user task, read either from a task listener's {@code DelegateTask} or, when the projection
 * is rebuilt, from the public TaskService and RuntimeService.
 * @param candidateGroups Camunda candidate group ids
 * @param candidateUsers Camunda candidate user names
 * @param unitHints the process's unit variables ({@code communeCode}, then {@code unitCode}), when the candidates
 *     name no unit (a task offered to one person)
 */
record TaskFacts(String taskId, String processInstanceId, String processKey, String taskKey, String name,
		String businessKey, String assignee, Instant created, Instant due, Set<String> candidateGroups,
		Set<String> candidateUsers, List<String> unitHints) {

	/** The process definition's key, from its id ({@code ResidentRequestProcess:3:…}). */
	static String processKey(String processDefinitionId) {
		return processDefinitionId == null ? "" : processDefinitionId.split(":")[0];
	}

}
