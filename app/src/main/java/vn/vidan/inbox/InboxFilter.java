package vn.vidan.inbox;

import java.time.Instant;
import java.util.List;

/**
 * What a list shows, as the URL says it: the list, the filters (case type, procedure, channel, status, step, due
 * range, units), the search term, the sort and the page.
 * @param units the unit filter, already widened to the chosen unit's subtree; empty for no filter
 * @param dueFrom tasks due at or after this, or null
 * @param dueBefore tasks due before this, or null
 * @param query the search as typed (normalized by the query)
 * @param descending the sort's direction
 * @param cursor where the page starts, or null for the first page
 */
public record InboxFilter(InboxList list, String caseType, String procedure, String channel, String status,
		String step, List<String> units, Instant dueFrom, Instant dueBefore, String query, InboxSort sort,
		boolean descending, Cursor cursor) {

	public InboxFilter {
		units = units == null ? List.of() : List.copyOf(units);
		sort = sort == null ? InboxSort.of(null, list) : sort;
	}

	/** A list with no filter, first page, default sort. */
	public static InboxFilter of(InboxList list) {
		InboxSort sort = InboxSort.of(null, list);
		return new InboxFilter(list, null, null, null, null, null, List.of(), null, null, null, sort,
				list == InboxList.DONE, null);
	}

	public InboxFilter withList(InboxList other) {
		return new InboxFilter(other, caseType, procedure, channel, status, step, units, dueFrom, dueBefore, query, sort,
				descending, null);
	}

	public InboxFilter withQuery(String other) {
		return new InboxFilter(list, caseType, procedure, channel, status, step, units, dueFrom, dueBefore, other, sort,
				descending, null);
	}

	public InboxFilter withCursor(Cursor other) {
		return new InboxFilter(list, caseType, procedure, channel, status, step, units, dueFrom, dueBefore, query, sort,
				descending, other);
	}

}
