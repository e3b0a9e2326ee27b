package vn.vidan.process;

import java.util.List;
import java.util.function.Function;

/**
 * Checks an officer's answers to a user task before Camunda completes it, so bad input gets a problem+json 400 from
 * {@link TaskCompletionFilter} instead of the engine's 500 for a failed task listener. One bean per feature; its task
 * listener runs the same check inside the engine, for every other way a task is completed.
 */
public interface TaskAnswerCheck {

	/** Whether this check knows the tasks of the process with this key. */
	boolean covers(String processDefinitionKey);

	/**
	 * Everything wrong with the answers, each naming its field, in the order of the form; empty when they may complete
	 * the task.
	 * @param taskKey the task's definition key
	 * @param answers the submitted variable values by name (null when absent)
	 * @param businessKey the business key of the task's process instance
	 */
	List<AnswerProblem> problems(String taskKey, Function<String, Object> answers, String businessKey);

}
