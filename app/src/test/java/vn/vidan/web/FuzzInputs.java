package vn.vidan.web;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

import vn.vidan.web.FuzzOperations.Operation;
import vn.vidan.web.FuzzOperations.Param;

/**
 * The fuzzer's requests: a sweep that sends every operation a fixed set of inputs, and a QuickTheories generator of
 * random ones. Each random choice is one draw, and every list below starts with its simplest entry, so when
 * QuickTheories shrinks a failing request (each draw towards 0) it ends at the plainest request that still fails.
 */
final class FuzzInputs {

	/** Anonymous first (the public API), then a desk officer, a ward chief, the head of personnel, and admin. */
	static final List<String> USERS = List.of(FuzzClient.ANONYMOUS, "thao.dtk", "dat.lq", "long.ld", "admin");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String LONG_ID = "9".repeat(5000);

	/** Values for any JSON field: wrong types, extremes, injection fragments, unknown enum values. */
	private static final List<JsonNode> NASTY_VALUES = List.of(NullNode.getInstance(), NODES.booleanNode(true),
			NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(1.5),
			NODES.numberNode(BigInteger.TWO.pow(63)), NODES.numberNode(BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE)),
			NODES.numberNode(1e308), NODES.textNode(""), NODES.textNode(" "), NODES.textNode("\u0000"),
			NODES.textNode("PIGEON"), NODES.textNode("' OR '1'='1"), NODES.textNode("'; DROP TABLE req_request; --"),
			NODES.textNode("<script>alert(1)</script>"), NODES.textNode("<img src=x onerror=alert(1)>"),
			NODES.textNode("+999999999-12-31"), NODES.textNode("-999999999-01-01"), NODES.textNode("2026-02-30"),
			NODES.textNode("+999999999-12-31T23:59:59Z"), NODES.textNode("P365000000000D"), NODES.textNode("PT99999999H"),
			NODES.textNode("25:61"), NODES.textNode("${7*7} {0} %s %n #{7*7}"), NODES.textNode("../../../etc/passwd"),
			NODES.textNode("\u202Etxt.exe\u202C 😀 ̷̡"), NODES.textNode(LONG_ID), NODES.textNode(ExampleBodies.PLANTED_TEXT),
			NODES.textNode(ExampleBodies.PLANTED_ID + "9"), NODES.textNode("9" + ExampleBodies.PLANTED_ID),
			NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(NullNode.getInstance()),
			NODES.objectNode().set("$ne", NullNode.getInstance()));

	/** Path segments, already encoded as they go on the wire: traversal, encoded slashes, very long ids. */
	private static final List<String> NASTY_SEGMENTS = List.of("0", "..%2F..%2Factuator%2Fenv", "%2F", LONG_ID,
			"%C3%28", "x;jsessionid=1", "%252F", "00000000-0000-0000-0000-000000000000", "-1", "%2e%2e", "..", "a%00b",
			"%FF%FE", "9223372036854775808",
			"%27%20OR%20%271%27%3D%271", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%2B999999999-12-31", "%20",
			"%E2%80%AE", "PIGEON");

	/** Query values, encoded. */
	private static final List<String> NASTY_QUERY = List.of("", "%2B999999999-12-31", "P365000000000D",
			"PT99999999H", "1000000000", "9223372036854775808", "-1", LONG_ID, "0", "-999999999-01-01", "2026-02-30",
			"PIGEON", "%27%20OR%20%271%27%3D%271", "%3Cb%3Ex%3C%2Fb%3E", "%C3%28", "%00");

	/** Bodies that are not what any operation takes; the sweep sends the first six. */
	private static final List<String> JUNK = List.of("", "null", "not json", "{", "[]", "123", "{\"a\":", "[1,2", "\"text\"",
			"123", "NaN", "{'single':'quotes'}", "{\"a\":1}{\"b\":2}", "<xml/>", "a=b&c=d", "\u0000\u0001\u0002");

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json;charset=UTF-16",
			"application/json;charset=ISO-8859-1", "application/octet-stream");

	private static final byte[] INVALID_UTF8 = { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
			(byte) 0x80, (byte) 0xC0, (byte) 0xAF };

	private static final int SWEPT = 8;

	private static final int DEPTH = 50_000;

	private final List<Operation> operations;

	private final Map<String, List<String>> seeds;

	/**
	 * @param seeds valid values by parameter name (path and header values encoded as they go on the wire); a path's
	 * {@code code} is looked up as "{@code <first path segment after /api>.code}"
	 */
	FuzzInputs(List<Operation> operations, Map<String, List<String>> seeds) {
		this.operations = operations;
		this.seeds = seeds;
	}

	/** Random requests to random operations as random users. */
	Gen<FuzzRequest> requests() {
		return in -> random(new Draws(in));
	}

	/**
	 * The fixed part: every operation as every user with a valid body; then each fixed bad input (junk bodies,
	 * duplicate keys, null in lists, deep nesting, invalid UTF-8, a wrong content type, each field null or an object);
	 * then every path and query parameter with the first {@link #SWEPT} bad values.
	 */
	List<FuzzRequest> sweep() {
		List<FuzzRequest> sweep = new ArrayList<>();
		for (Operation operation : operations) {
			String target = target(operation, param -> seed(operation, param, 0));
			Map<String, String> headers = headers(operation, 0);
			for (String user : USERS) {
				sweep.add(json(user, operation, target, headers, valid(operation, 0), "valid 0"));
			}
			if (operation.validBodies().size() > 1) {
				sweep.add(json("admin", operation, target, headers, valid(operation, 1), "valid 1"));
			}
			// Junk as the caller who gets furthest: admin on Vidan's API, the unit's desk officer on Camunda's.
			String user = operation.path().startsWith("/api/") ? "admin" : "thao.dtk";
			JsonNode valid = valid(operation, 0);
			for (String junk : JUNK.subList(0, 6)) {
				sweep.add(raw(user, operation, target, headers, "application/json", junk.getBytes(StandardCharsets.UTF_8),
						"junk"));
			}
			sweep.add(raw(user, operation, target, headers, "application/json", duplicateKey(valid, NullNode.getInstance()),
					"duplicate key"));
			sweep.add(raw(user, operation, target, headers, "application/json", invalidUtf8(valid), "invalid UTF-8"));
			sweep.add(raw(user, operation, target, headers, "application/json", deepNesting(true), "deep nesting"));
			sweep.add(raw(user, operation, target, headers, "application/json", deepNesting(false), "deep nesting"));
			sweep.add(raw(user, operation, target, headers, "text/plain", bytes(valid), "content type"));
			sweep.add(raw(user, operation, target, headers, "application/json", bytes(nullInList(valid, 0)), "null in list"));
			JsonNode body = valid(operation, 0);
			for (int slot = 0; slot < slots(body).size(); slot++) {
				for (JsonNode nasty : List.of(NullNode.getInstance(), NODES.objectNode())) {
					JsonNode copy = body.deepCopy();
					Slot changed = slots(copy).get(slot);
					changed.set(nasty);
					sweep.add(json("admin", operation, target, headers, copy, "field " + changed.label + "=" + brief(nasty)));
				}
			}
			for (Param param : operation.params()) {
				if ("header".equals(param.in())) {
					continue;
				}
				for (String nasty : ("path".equals(param.in()) ? NASTY_SEGMENTS : NASTY_QUERY).subList(0, SWEPT)) {
					String bad = target(operation, other -> other == param ? nasty : seed(operation, other, 0));
					sweep.add(json("admin", operation, bad, headers, valid(operation, 0), param.name() + "=" + brief(nasty)));
				}
			}
		}
		return sweep;
	}

	private FuzzRequest random(Draws draws) {
		Operation operation = operations.get(draws.below(operations.size()));
		String user = USERS.get(draws.below(USERS.size()));
		List<String> notes = new ArrayList<>();
		String target = target(operation, param -> {
			int choice = draws.below(8);
			if ("path".equals(param.in())) {
				if (choice < 6) {
					return seed(operation, param, draws.below(8));
				}
				String nasty = NASTY_SEGMENTS.get(draws.below(NASTY_SEGMENTS.size()));
				notes.add(param.name() + "=" + brief(nasty));
				return nasty;
			}
			if (choice < 5) {
				return seed(operation, param, draws.below(8));
			}
			if (choice == 5) {
				notes.add("no " + param.name());
				return null;
			}
			String nasty = NASTY_QUERY.get(draws.below(NASTY_QUERY.size()));
			notes.add(param.name() + "=" + brief(nasty));
			return choice == 6 ? nasty : seed(operation, param, 0) + "&" + param.name() + "=" + nasty;
		});
		Map<String, String> headers = headers(operation, draws.below(3));
		boolean sendsBody = operation.takesBody() || draws.below(6) == 0;
		if (!sendsBody) {
			return new FuzzRequest(user, operation.method(), operation.path(), target, null, null, headers,
					notes.isEmpty() ? "valid" : String.join(", ", notes));
		}
		JsonNode body = valid(operation, draws.below(2));
		String contentType = "application/json";
		byte[] bytes;
		String input;
		switch (draws.below(12)) {
			case 0 -> {
				bytes = bytes(body);
				input = "valid";
			}
			case 1 -> {
				JsonNode copy = body == null ? NODES.objectNode() : body.deepCopy();
				List<String> changed = new ArrayList<>();
				int times = 1 + draws.below(3);
				for (int i = 0; i < times; i++) {
					List<Slot> slots = slots(copy);
					if (slots.isEmpty()) {
						break;
					}
					Slot slot = slots.get(draws.below(slots.size()));
					JsonNode nasty = NASTY_VALUES.get(draws.below(NASTY_VALUES.size()));
					slot.set(nasty);
					changed.add(slot.label + "=" + brief(nasty));
				}
				bytes = bytes(copy);
				input = "field " + String.join(", ", changed);
			}
			case 2 -> {
				JsonNode copy = body == null ? NODES.objectNode() : body.deepCopy();
				List<Slot> slots = slots(copy);
				String label = "nothing";
				if (!slots.isEmpty()) {
					Slot slot = slots.get(draws.below(slots.size()));
					slot.remove();
					label = slot.label;
				}
				bytes = bytes(copy);
				input = "without " + label;
			}
			case 3 -> {
				ObjectNode copy = body instanceof ObjectNode object ? object.deepCopy() : NODES.objectNode();
				copy.put("fullName", ExampleBodies.PLANTED_NAME).put("personalId", ExampleBodies.PLANTED_ID)
					.set("unknownField", NASTY_VALUES.get(draws.below(NASTY_VALUES.size())));
				bytes = bytes(copy);
				input = "unknown fields";
			}
			case 4 -> {
				bytes = bytes(nullInList(body, draws.below(8)));
				input = "null in list";
			}
			case 5 -> {
				bytes = duplicateKey(body, NASTY_VALUES.get(draws.below(NASTY_VALUES.size())));
				input = "duplicate key";
			}
			case 6 -> {
				bytes = bytes(NASTY_VALUES.get(draws.below(NASTY_VALUES.size())));
				input = "wrong root";
			}
			case 7 -> {
				bytes = deepNesting(draws.below(2) == 0);
				input = "deep nesting";
			}
			case 8 -> {
				bytes = invalidUtf8(body);
				input = "invalid UTF-8";
			}
			case 9 -> {
				if (draws.below(2) == 0) {
					bytes = JUNK.get(draws.below(JUNK.size())).getBytes(StandardCharsets.UTF_8);
				}
				else {
					bytes = new byte[draws.below(64)];
					for (int i = 0; i < bytes.length; i++) {
						bytes[i] = (byte) draws.below(256);
					}
				}
				input = "junk";
			}
			case 10 -> {
				int choice = draws.below(CONTENT_TYPES.size() + 1);
				contentType = choice == CONTENT_TYPES.size() ? null : CONTENT_TYPES.get(choice);
				bytes = bytes(body);
				input = "content type " + contentType;
			}
			default -> {
				JsonNode copy = body == null ? NODES.objectNode() : body.deepCopy();
				List<Slot> slots = slots(copy);
				String huge = "Đ".repeat(draws.below(2) == 0 ? 100_000 : 1_000_000);
				if (slots.isEmpty() && copy instanceof ObjectNode object) {
					object.put("description", huge);
				}
				else if (!slots.isEmpty()) {
					slots.get(draws.below(slots.size())).set(NODES.textNode(huge));
				}
				bytes = bytes(copy);
				input = "huge string";
			}
		}
		if (!notes.isEmpty()) {
			input = input + "; " + String.join(", ", notes);
		}
		return new FuzzRequest(user, operation.method(), operation.path(), target, contentType, bytes, headers, input);
	}

	/** The body with a null put at the front of one of its lists (or a list of one null where it has none). */
	private static JsonNode nullInList(JsonNode body, int which) {
		JsonNode copy = body == null ? NODES.objectNode() : body.deepCopy();
		List<ArrayNode> lists = ExampleBodies.arrays(copy);
		if (!lists.isEmpty()) {
			lists.get(which % lists.size()).insert(0, NullNode.getInstance());
		}
		else if (copy instanceof ObjectNode object) {
			object.set("documents", NODES.arrayNode().add(NullNode.getInstance()));
		}
		return copy;
	}

	private JsonNode valid(Operation operation, int variant) {
		List<JsonNode> bodies = operation.validBodies();
		return bodies.isEmpty() ? null : bodies.get(variant % bodies.size());
	}

	/** The path with its path parameters filled in, then the query; a null value leaves a query parameter out. */
	private static String target(Operation operation, Function<Param, String> values) {
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		for (Param param : operation.params()) {
			if ("path".equals(param.in())) {
				path = path.replace("{" + param.name() + "}", values.apply(param));
			}
			else if ("query".equals(param.in())) {
				String value = values.apply(param);
				if (value != null) {
					query.append(query.isEmpty() ? "?" : "&").append(param.name()).append('=').append(value);
				}
			}
		}
		return path + query;
	}

	/** A valid value: by "{first segment after /api}.code" for codes, else by "in.name", "name.date" or "name". */
	private String seed(Operation operation, Param param, int variant) {
		List<String> values = "code".equals(param.name()) ? seeds.get(operation.path().split("/")[2] + ".code")
				: seeds.get(param.in() + "." + param.name());
		if (values == null && "date".equals(param.schema().path("format").asText())) {
			values = seeds.get(param.name() + ".date");
		}
		if (values == null) {
			values = seeds.get(param.name());
		}
		if (values == null) {
			throw new IllegalStateException("no valid value for " + param.name() + " of " + operation);
		}
		return values.get(variant % values.size());
	}

	private Map<String, String> headers(Operation operation, int variant) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Param param : operation.params()) {
			if ("header".equals(param.in())) {
				List<String> values = new ArrayList<>(seeds.get(param.name()));
				values.add("x".repeat(4000));
				headers.put(param.name(), values.get(variant % values.size()));
			}
		}
		return headers;
	}

	private static FuzzRequest json(String user, Operation operation, String target, Map<String, String> headers,
			JsonNode body, String input) {
		return new FuzzRequest(user, operation.method(), operation.path(), target, body == null ? null : "application/json",
				body == null ? null : bytes(body), headers, input);
	}

	private static FuzzRequest raw(String user, Operation operation, String target, Map<String, String> headers,
			String contentType, byte[] body, String input) {
		return new FuzzRequest(user, operation.method(), operation.path(), target, contentType, body, headers, input);
	}

	static byte[] bytes(JsonNode body) {
		try {
			return body == null ? new byte[0] : JSON.writeValueAsBytes(body);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** The body with its first key repeated in front, holding {@code value}. */
	private static byte[] duplicateKey(JsonNode body, JsonNode value) {
		if (!(body instanceof ObjectNode object) || object.isEmpty()) {
			return "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
		}
		String first = object.fieldNames().next();
		String text = new String(bytes(object), StandardCharsets.UTF_8);
		return ("{\"" + first + "\":" + new String(bytes(value), StandardCharsets.UTF_8) + "," + text.substring(1))
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The body with bytes that are not UTF-8 in the middle of a string (the planted name where there is one). */
	private static byte[] invalidUtf8(JsonNode body) {
		String text = body == null ? "" : new String(bytes(body), StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = text.indexOf(ExampleBodies.PLANTED_NAME);
		if (at < 0) {
			out.writeBytes("{\"name\":\"".getBytes(StandardCharsets.UTF_8));
			out.writeBytes(INVALID_UTF8);
			out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
		}
		else {
			out.writeBytes(text.substring(0, at + 5).getBytes(StandardCharsets.UTF_8));
			out.writeBytes(INVALID_UTF8);
			out.writeBytes(text.substring(at + 5).getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static byte[] deepNesting(boolean arrays) {
		String open = arrays ? "[" : "{\"a\":";
		String close = arrays ? "]" : "}";
		return (open.repeat(DEPTH) + "1" + close.repeat(DEPTH)).getBytes(StandardCharsets.UTF_8);
	}

	private static String brief(Object value) {
		String text = value instanceof JsonNode node ? node.toString() : String.valueOf(value);
		return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
	}

	/** Every field and list element of a body, each with a way to replace or remove it. */
	private static List<Slot> slots(JsonNode body) {
		List<Slot> slots = new ArrayList<>();
		if (body != null) {
			collect(body, "", slots);
		}
		return slots;
	}

	private static void collect(JsonNode node, String prefix, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			List<String> names = new ArrayList<>();
			object.fieldNames().forEachRemaining(names::add);
			for (String name : names) {
				slots.add(new Slot(object, name, -1, prefix + name));
				collect(object.get(name), prefix + name + ".", slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new Slot(array, null, i, prefix + "[" + i + "]"));
				collect(array.get(i), prefix + "[" + i + "].", slots);
			}
		}
	}

	private record Slot(JsonNode parent, String field, int index, String label) {

		void set(JsonNode value) {
			if (parent instanceof ObjectNode object) {
				object.set(field, value);
			}
			else {
				((ArrayNode) parent).set(index, value);
			}
		}

		void remove() {
			if (parent instanceof ObjectNode object) {
				object.remove(field);
			}
			else {
				((ArrayNode) parent).remove(index);
			}
		}

	}

	/** Choices drawn from QuickTheories' source of randomness, so it can replay and shrink them. */
	private record Draws(RandomnessSource in) {

		int below(int bound) {
			return (int) in.next(Constraint.between(0, Math.max(0, bound - 1)));
		}

	}

}
