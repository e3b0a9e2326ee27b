package vn.vidan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Camunda 7's REST API, as stock Camunda, Operaton and Vidan (under {@code /engine-rest}) answer it. */
public final class CamundaRest implements EngineApi {

	private final String root;

	public CamundaRest(String root) {
		this.root = root;
	}

	@Override
	public Started start(Http http, String key, Map<String, Object> variables) {
		JsonNode answer = http.post("start process", root + "/process-definition/key/" + key + "/start",
				body(variables).toString()).expect("start " + key, 200).json();
		return new Started(answer.get("id").asText(), answer.path("ended").asBoolean());
	}

	@Override
	public List<Task> tasks(Http http, String processInstanceId) {
		List<Task> tasks = new ArrayList<>();
		for (JsonNode task : http.get("find tasks", root + "/task?processInstanceId=" + processInstanceId)
			.expect("find tasks", 200).json()) {
			tasks.add(new Task(task.get("id").asText(), task.get("taskDefinitionKey").asText()));
		}
		return tasks;
	}

	@Override
	public void claim(Http http, String taskId, String user) {
		http.post("claim task", root + "/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")
			.expect("claim task", 204);
	}

	@Override
	public void complete(Http http, String taskId, Map<String, Object> variables) {
		http.post("complete task", root + "/task/" + taskId + "/complete", body(variables).toString())
			.expect("complete task", 204);
	}

	@Override
	public long countTasks(Http http, String taskKey) {
		return http.get("count tasks", root + "/task/count?taskDefinitionKey=" + taskKey).expect("count tasks", 200)
			.json().get("count").asLong();
	}

	@Override
	public int candidateTasks(Http http, String group, int max) {
		return http.get("inbox page", root + "/task?candidateGroups=" + Http.encode(group)
				+ "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=" + max)
			.expect("inbox page", 200).json().size();
	}

	/** {@code {"variables":{"name":{"value":…,"type":…}}}}. */
	static ObjectNode body(Map<String, Object> variables) {
		ObjectNode body = Http.JSON.createObjectNode();
		ObjectNode vars = body.putObject("variables");
		variables.forEach((name, value) -> {
			ObjectNode variable = vars.putObject(name);
			if (value instanceof Boolean flag) {
				variable.put("value", flag).put("type", "Boolean");
			}
			else if (value instanceof Number number) {
				variable.put("value", number.longValue()).put("type", "Long");
			}
			else {
				variable.put("value", String.valueOf(value)).put("type", "String");
			}
		});
		return body;
	}

}
