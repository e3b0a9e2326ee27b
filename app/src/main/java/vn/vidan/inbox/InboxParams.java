package vn.vidan.inbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vidan.workspace.Formats;

/**
 * The inbox's URL parameters as typed, and the links a page needs built from them (another list, another sort, the
 * next page), so a filter is always in the URL and can be shared.
 */
public final class InboxParams {

	static final List<String> NAMES = List.of("list", "type", "procedure", "channel", "status", "step", "unit",
			"dueFrom", "dueTo", "q", "sort", "dir", "after", "before");

	/** The filter parameters kept when the list, the sort or the page changes (and saved with a filter). */
	static final List<String> FILTERS = List.of("type", "procedure", "channel", "status", "step", "unit", "dueFrom",
			"dueTo", "q");

	private final Map<String, String> values = new LinkedHashMap<>();

	InboxParams(Map<String, String> request) {
		for (String name : NAMES) {
			String value = request.get(name);
			if (value != null && !value.isBlank() && value.length() <= 200) {
				values.put(name, value.trim());
			}
		}
	}

	public String get(String name) {
		return values.get(name);
	}

	public boolean has(String name) {
		return values.containsKey(name);
	}

	/** Whether any filter or search narrows the list. */
	public boolean filtered() {
		return FILTERS.stream().anyMatch(values::containsKey);
	}

	/** Whether any filter but the search narrows the list (the filter panel opens). */
	public boolean filteredBeyondSearch() {
		return FILTERS.stream().filter(name -> !"q".equals(name)).anyMatch(values::containsKey);
	}

	LocalDate date(String name) {
		String value = values.get(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException bad) {
			return null;
		}
	}

	/** The inbox URL with this list and the current filters and sort, first page. */
	String list(InboxList list) {
		return url(Map.of("list", list.param()), List.of("after", "before"));
	}

	/** The same list sorted on {@code sort}: ascending first, descending when it already sorts ascending on it. */
	String sort(InboxSort sort, InboxSort current, boolean descending, InboxList list) {
		boolean nextDescending = sort == current ? !descending : sort == InboxSort.COMPLETED;
		return url(Map.of("list", list.param(), "sort", sort.param(), "dir", nextDescending ? "desc" : "asc"),
				List.of("after", "before"));
	}

	/** The page starting at {@code cursor}. */
	String page(Cursor cursor, InboxList list) {
		return url(Map.of("list", list.param(), cursor.after() ? "after" : "before", cursor.token()),
				List.of("after", "before"));
	}

	/** The first page of the same list. */
	String firstPage(InboxList list) {
		return url(Map.of("list", list.param()), List.of("after", "before"));
	}

	/** The list without any filter or search. */
	String cleared(InboxList list) {
		return "/inbox?list=" + list.param();
	}

	/** The query string of the current filters and list (what a saved filter keeps). */
	String savedQuery(InboxList list) {
		StringBuilder query = new StringBuilder("list=").append(list.param());
		for (String name : FILTERS) {
			if (values.containsKey(name)) {
				query.append('&').append(name).append('=').append(encode(values.get(name)));
			}
		}
		return query.toString();
	}

	/** The current list's own URL (the counts poll and the actions' way back). */
	String counts(InboxList list) {
		return "/inbox/counts?" + savedQuery(list);
	}

	private String url(Map<String, String> changes, List<String> drop) {
		Map<String, String> next = new LinkedHashMap<>(values);
		drop.forEach(next::remove);
		next.putAll(changes);
		StringBuilder url = new StringBuilder("/inbox");
		char separator = '?';
		for (String name : NAMES) {
			if (next.containsKey(name)) {
				url.append(separator).append(name).append('=').append(encode(next.get(name)));
				separator = '&';
			}
		}
		return url.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(Formats.VIETNAM).toInstant();
	}

}
