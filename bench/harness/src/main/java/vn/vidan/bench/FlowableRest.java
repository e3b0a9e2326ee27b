package vn.vidan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Flowable's process REST API ({@code flowable-spring-boot-starter-process-rest}, under {@code /process-api}). */
public final class FlowableRest implements EngineApi {

	private final String root;

	public FlowableRest(String root) {
		this.root = root;
	}

	@Override
	public Started start(Http http, String key, Map<String, Object> variables) {
		ObjectNode body = Http.JSON.createObjectNode().put("processDefinitionKey", key);
		body.set("variables", variables(variables));
		JsonNode answer = http.post("start process", root + "/runtime/process-instances", body.toString())
			.expect("start " + key, 201).json();
		return new Started(answer.get("id").asText(), answer.path("ended").asBoolean());
	}

	@Override
	public List<Task> tasks(Http http, String processInstanceId) {
		List<Task> tasks = new ArrayList<>();
		for (JsonNode task : http.get("find tasks", root + "/runtime/tasks?processInstanceId=" + processInstanceId)
			.expect("find tasks", 200).json().get("data")) {
			tasks.add(new Task(task.get("id").asText(), task.get("taskDefinitionKey").asText()));
		}
		return tasks;
	}

	@Override
	public void claim(Http http, String taskId, String user) {
		http.post("claim task", root + "/runtime/tasks/" + taskId, "{\"action\":\"claim\",\"assignee\":\"" + user + "\"}")
			.expect("claim task", 200);
	}

	@Override
	public void complete(Http http, String taskId, Map<String, Object> variables) {
		ObjectNode body = Http.JSON.createObjectNode().put("action", "complete");
		body.set("variables", variables(variables));
		http.post("complete task", root + "/runtime/tasks/" + taskId, body.toString()).expect("complete task", 200);
	}

	@Override
	public long countTasks(Http http, String taskKey) {
		return http.get("count tasks", root + "/runtime/tasks?taskDefinitionKey=" + taskKey + "&size=1")
			.expect("count tasks", 200).json().get("total").asLong();
	}

	@Override
	public int candidateTasks(Http http, String group, int max) {
		// A comma list (a user in several groups) is Flowable's candidateGroups; one group its candidateGroup.
		String param = group.contains(",") ? "candidateGroups=" : "candidateGroup=";
		return http.get("inbox page", root + "/runtime/tasks?" + param + Http.encode(group)
				+ "&sort=createTime&order=desc&start=0&size=" + max)
			.expect("inbox page", 200).json().get("data").size();
	}

	private static ArrayNode variables(Map<String, Object> variables) {
		ArrayNode list = Http.JSON.createArrayNode();
		variables.forEach((name, value) -> {
			ObjectNode variable = list.addObject().put("name", name);
			if (value instanceof Boolean flag) {
				variable.put("value", flag);
			}
			else if (value instanceof Number number) {
				variable.put("value", number.longValue());
			}
			else {
				variable.put("value", String.valueOf(value));
			}
		});
		return list;
	}

}
