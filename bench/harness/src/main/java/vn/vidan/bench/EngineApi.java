package vn.vidan.bench;

import java.util.List;
import java.util.Map;

/** The engine REST calls the scenarios make, in each system's own dialect. Variables: strings, booleans, numbers. */
public interface EngineApi {

	/** An open user task: its id and its BPMN id. */
	record Task(String id, String key) {
	}

	/** Starts an instance of the latest version of {@code key}; its id and whether it already ended. */
	Started start(Http http, String key, Map<String, Object> variables);

	record Started(String id, boolean ended) {
	}

	/** The open user tasks of a process instance. */
	List<Task> tasks(Http http, String processInstanceId);

	void claim(Http http, String taskId, String user);

	void complete(Http http, String taskId, Map<String, Object> variables);

	/** How many open tasks are waiting at {@code taskKey}. */
	long countTasks(Http http, String taskKey);

	/**
	 * One page of the open tasks a candidate group may take, newest first (the inbox query), {@code max} rows;
	 * {@code group} may be a comma list (a user in several groups).
	 */
	int candidateTasks(Http http, String group, int max);

}
