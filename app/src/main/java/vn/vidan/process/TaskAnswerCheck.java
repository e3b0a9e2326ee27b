package vn.vidan.process;

import java.util.Optional;
import java.util.function.Function;

/**
 * Checks an officer's answers to a user task before Camunda completes it, so bad input gets a problem+json 400 from
 * {@link TaskCompletionFilter} instead of the engine's 500 for a failed task listener. One bean per feature.
 */
public interface TaskAnswerCheck {

	/** Whether this check knows the tasks of the process with this key. */
	boolean covers(String processDefinitionKey);

	/**
	 * What is wrong with the answers, if anything, in words an officer understands.
	 * @param taskKey the task's definition key
	 * @param answers the submitted variable values by name (null when absent)
	 * @param businessKey the business key of the task's process instance
	 */
	Optional<String> problem(String taskKey, Function<String, Object> answers, String businessKey);

}
