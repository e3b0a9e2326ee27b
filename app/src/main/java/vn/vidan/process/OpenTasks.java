package vn.vidan.process;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Open user tasks as a read model outside the engine holds them (the inbox implements this), so a caller can learn
 * what a task is and whether a person may work on it without Camunda's task, definition and instance queries.
 */
public interface OpenTasks {

	/**
	 * The task if it is open and, by the read model's own rule, the person may work on it; empty otherwise, also when
	 * the read model does not know the task (then ask the engine).
	 */
	Optional<OpenTask> workable(String taskId, Authentication person);

	/**
	 * An open task.
	 * @param processKey its process definition's key
	 * @param businessKey its process instance's business key; null when the read model cannot tell it
	 */
	record OpenTask(String id, String processInstanceId, String processKey, String taskKey, String businessKey) {
	}

}
