package vn.vidan.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field, in the order of the page: each entry is the id of the field
 * (the summary links to {@code #id}) and a message key with its arguments, resolved in the person's language by the
 * template ({@code #messages.msgWithParams}). Arguments are never what the person typed: errors do not echo input.
 */
public final class FormErrors {

	private final Map<String, Entry> byField = new LinkedHashMap<>();

	/** One field's problem. */
	public record Entry(String field, String key, Object[] args) {
	}

	/** Records the field's problem, unless it already has one (the first problem found is the one shown). */
	public FormErrors add(String field, String key, Object... args) {
		byField.putIfAbsent(field, new Entry(field, key, args));
		return this;
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	public Entry get(String field) {
		return byField.get(field);
	}

	public boolean isEmpty() {
		return byField.isEmpty();
	}

	public List<Entry> getAll() {
		return new ArrayList<>(byField.values());
	}

}
