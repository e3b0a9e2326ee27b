package vn.vidan.inbox;

import java.util.Map;

/** How many tasks each list holds under the current filters, and how many were newly assigned to me. */
public record InboxCounts(Map<InboxList, Long> byList, long newlyAssigned) {

	public long of(InboxList list) {
		return byList.getOrDefault(list, 0L);
	}

}
