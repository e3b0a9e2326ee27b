package vn.vidan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import vn.vidan.web.FuzzClient.Answer;

/**
 * Judges each answer and counts: requests, 5xx (a deliberate 503 aside) and requests that got no answer in time,
 * personal data or Java internals in an error answer, and refused requests (4xx) that changed case state.
 */
final class FuzzFindings {

	enum Kind {

		SERVER_ERROR("5xx"), NO_ANSWER("no answer within " + FuzzClient.TIME_LIMIT.toSeconds() + " s"),
		PERSONAL_DATA("personal data echoed"), INTERNALS("Java class name or stack trace"),
		STATE_CHANGED("state changed by a refused request");

		final String words;

		Kind(String words) {
			this.words = words;
		}

	}

	/**
	 * Findings already known and assigned to another helper of issue 11 (the errors helper), which the fuzzer counts
	 * and reports but does not fail on. Each names the kind, the method, a pattern of the path template, a pattern
	 * found in the input's description and one found in the answer. The lead removes entries as the fixes are merged;
	 * the list should end up empty.
	 */
	static final List<Known> KNOWN_AND_ASSIGNED = List.of();

	record Known(Kind kind, String method, String template, String input, String answer, String why) {

		boolean covers(Kind found, FuzzRequest request, Answer response) {
			return kind == found && request.method().matches(method) && request.template().matches(template)
					&& Pattern.compile(input).matcher(request.input()).find()
					&& Pattern.compile(answer).matcher(response.body()).find();
		}

	}

	/** A fully qualified Java class name, a stack frame, or an exception's simple name outside Camunda's "type". */
	private static final Pattern INTERNAL_NAMES = Pattern
		.compile("\\b(?:java|javax|jakarta|sun|org|com|net|io|vn)\\.(?:[a-z0-9_]+\\.)+[A-Z][A-Za-z0-9_$]*"
				+ "|\\bat [a-z][\\w$]*(?:\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b");

	/** Camunda REST's documented error shape names the exception's simple class in "type". */
	private static final Pattern CAMUNDA_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[A-Za-z]+Exception\"");

	private final boolean survey;

	private int requests;

	private final Map<Kind, Integer> counts = new LinkedHashMap<>();

	private final Map<Kind, Integer> excused = new LinkedHashMap<>();

	/** The first request of each kind of finding per operation and input kind, for the report. */
	private final Map<String, String> examples = new TreeMap<>();

	private final Map<String, Integer> exampleCounts = new TreeMap<>();

	FuzzFindings(boolean survey) {
		this.survey = survey;
		for (Kind kind : Kind.values()) {
			counts.put(kind, 0);
			excused.put(kind, 0);
		}
	}

	/** Counts the answer; throws when it breaks a rule that no known finding excuses (unless surveying). */
	void judge(FuzzRequest request, Answer answer, boolean stateChanged) {
		requests++;
		List<Kind> found = new ArrayList<>();
		if (answer.timedOut()) {
			found.add(Kind.NO_ANSWER);
		}
		if (answer.status() >= 500 && answer.status() != 503) {
			found.add(Kind.SERVER_ERROR);
		}
		if (answer.status() >= 400) {
			if (ExampleBodies.PLANTED.stream().anyMatch(answer.body()::contains)) {
				found.add(Kind.PERSONAL_DATA);
			}
			if (INTERNAL_NAMES.matcher(CAMUNDA_TYPE.matcher(answer.body()).replaceAll("")).find()) {
				found.add(Kind.INTERNALS);
			}
		}
		if (answer.status() >= 400 && answer.status() < 500 && stateChanged) {
			found.add(Kind.STATE_CHANGED);
		}
		List<String> failures = new ArrayList<>();
		for (Kind kind : found) {
			boolean known = KNOWN_AND_ASSIGNED.stream().anyMatch(entry -> entry.covers(kind, request, answer));
			(known ? excused : counts).merge(kind, 1, Integer::sum);
			String key = kind + " " + request.method() + " " + request.template() + " [" + inputKind(request) + "] → "
					+ answer.status() + (known ? " (known and assigned)" : "");
			exampleCounts.merge(key, 1, Integer::sum);
			examples.putIfAbsent(key, request + "\n      answer " + answer.status() + ": " + excerpt(answer.body()));
			if (!known) {
				failures.add(kind.words + ": " + request + "\n  answer " + answer.status() + ": " + excerpt(answer.body()));
			}
		}
		if (!failures.isEmpty() && !survey) {
			throw new AssertionError(String.join("\n", failures));
		}
	}

	private static String inputKind(FuzzRequest request) {
		String input = request.input();
		int detail = input.indexOf(':');
		return detail < 0 ? input : input.substring(0, detail);
	}

	private static String excerpt(String body) {
		String flat = body.replace('\n', ' ').replace('\r', ' ');
		return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
	}

	int requests() {
		return requests;
	}

	int count(Kind kind) {
		return counts.get(kind);
	}

	String summary() {
		return "[vidan] fuzz: " + requests + " requests, " + count(Kind.SERVER_ERROR) + " × 500, "
				+ count(Kind.PERSONAL_DATA) + " personal data echoed, " + count(Kind.STATE_CHANGED)
				+ " state changes by refused requests (" + count(Kind.INTERNALS) + " answers naming Java internals, "
				+ count(Kind.NO_ANSWER) + " without an answer in time; "
				+ excused.values().stream().mapToInt(Integer::intValue).sum() + " known and assigned)";
	}

	/** Every kind of finding with its count and the first request that showed it. */
	String details() {
		StringBuilder text = new StringBuilder();
		examples.forEach((key, example) -> text.append("  ")
			.append(exampleCounts.get(key))
			.append(" × ")
			.append(key)
			.append("\n      ")
			.append(example)
			.append('\n'));
		return text.toString();
	}

}
