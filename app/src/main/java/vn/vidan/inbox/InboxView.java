package vn.vidan.inbox;

import java.util.Map;

/** What the inbox page draws besides its rows: tabs, sortable columns and the filters' choices. */
public final class InboxView {

	private InboxView() {
	}

	/** A list's tab: its link, how many tasks it holds, how many of them were newly assigned to me. */
	public record Tab(InboxList list, String url, long count, long fresh) {
	}

	/** A sortable column: its message key, the link that sorts on it, and its {@code aria-sort}. */
	public record Column(InboxSort sort, String label, String url, String ariaSort) {
	}

	/** The filters' choices, code → words. */
	public record Options(Map<String, String> types, Map<String, String> procedures, Map<String, String> channels,
			Map<String, String> statuses, Map<String, String> steps, Map<String, String> units, String language) {
	}

}
