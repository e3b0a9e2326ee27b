package vn.vidan.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the fuzzer calls: every operation of Vidan's OpenAPI document under {@code /api}, read with plain Jackson (the
 * document is JSON, and only paths, parameters and request-body schemas are needed), and the Camunda task endpoints
 * Vidan extends with its own filters ({@code TaskCompletionFilter}, {@code TaskAssignmentGuard}), which the document
 * does not describe.
 */
final class FuzzOperations {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FuzzOperations() {
	}

	record Param(String name, String in, JsonNode schema, boolean required) {
	}

	/** One operation, with a few valid bodies (none when it takes none) to send as they are and to mutate. */
	record Operation(String method, String path, List<Param> params, List<JsonNode> validBodies) {

		boolean takesBody() {
			return !validBodies.isEmpty();
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	/** Every {@code /api} operation of the document, in the document's order. */
	static List<Operation> fromOpenApi(JsonNode document, ExampleBodies examples) {
		List<Operation> operations = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
		while (paths.hasNext()) {
			Map.Entry<String, JsonNode> path = paths.next();
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			path.getValue().fields().forEachRemaining(entry -> {
				JsonNode operation = entry.getValue();
				List<Param> params = new ArrayList<>();
				operation.path("parameters")
					.forEach(param -> params.add(new Param(param.path("name").asText(), param.path("in").asText(),
							examples.resolve(param.path("schema")), param.path("required").asBoolean())));
				JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
				List<JsonNode> bodies = schema.isMissingNode() ? List.of() : examples.bodies(schema);
				operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), params, bodies));
			});
		}
		return operations;
	}

	/**
	 * Camunda's task endpoints that Vidan's filters look into: completion and form submission (answer checks), and
	 * claim, assignee, delegate, update and identity links (the unit-scope guard).
	 */
	static List<Operation> camundaTasks() {
		List<Param> task = List.of(new Param("taskId", "path", JSON.createObjectNode().put("type", "string"), true));
		String path = "/engine-rest/task/{taskId}";
		String note = ExampleBodies.PLANTED_TEXT;
		return List.of(
				new Operation("POST", path + "/complete", task,
						List.of(json("{\"variables\":{}}"),
								json("{\"variables\":{\"documentsComplete\":{\"value\":true,\"type\":\"Boolean\"},"
										+ "\"note\":{\"value\":\"" + note + "\",\"type\":\"String\"}}}"))),
				new Operation("POST", path + "/submit-form", task,
						List.of(json("{\"variables\":{}}"), json("{\"variables\":{\"note\":{\"value\":\"" + note
								+ "\",\"type\":\"String\"}},\"withVariablesInReturn\":false}"))),
				new Operation("POST", path + "/claim", task,
						List.of(json("{\"userId\":\"thao.dtk\"}"), json("{\"userId\":\"nhung.pt\"}"))),
				new Operation("POST", path + "/unclaim", task, List.of(json("{}"))),
				new Operation("POST", path + "/assignee", task,
						List.of(json("{\"userId\":\"mai.ltn\"}"), json("{\"userId\":null}"))),
				new Operation("POST", path + "/delegate", task, List.of(json("{\"userId\":\"mai.ltn\"}"))),
				new Operation("PUT", path, task,
						List.of(json("{\"name\":\"" + note + "\",\"assignee\":\"mai.ltn\",\"priority\":50}"))),
				new Operation("POST", path + "/identity-links", task,
						List.of(json("{\"userId\":\"mai.ltn\",\"type\":\"assignee\"}"),
								json("{\"groupId\":\"HOAMINH\",\"type\":\"candidate\"}"))));
	}

	private static ObjectNode json(String text) {
		try {
			return (ObjectNode) JSON.readTree(text);
		}
		catch (Exception e) {
			throw new IllegalArgumentException(text, e);
		}
	}

}
