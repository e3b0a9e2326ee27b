package vn.vidan.org;

import java.util.List;

/**
 * Who may take a task: Camunda candidate groups and users. {@code resolvedUnitCode} is the unit that answered, which
 * differs from {@code unitCode} when routing walked up the tree; {@code reason} says why, for people reading logs.
 */
public record Candidates(String unitCode, Role role, String resolvedUnitCode, List<String> groups, List<String> users,
		String reason) {

	public Candidates {
		groups = List.copyOf(groups);
		users = List.copyOf(users);
	}

}
