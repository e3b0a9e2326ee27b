package vn.vidan.secondment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One officer sent to one commune, with the points it earned and why.
 *
 * @param place the officer's place among the commune's places, from 1; pinned officers come first
 * @param pinned whether a person fixed this assignment (the matcher kept it as it was)
 */
public record Assignment(String username, String communeCode, int place, int score, List<Reason> reasons,
		boolean pinned) {

	public Assignment {
		Objects.requireNonNull(username, "An assignment needs a username");
		Objects.requireNonNull(communeCode, "An assignment needs a commune");
		reasons = List.copyOf(reasons);
	}

	/** The reason with this code, if the explanation has one. */
	public Optional<Reason> reason(Reason.Code code) {
		return reasons.stream().filter(reason -> reason.code() == code).findFirst();
	}

}
