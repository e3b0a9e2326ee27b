package vn.vidan.secondment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the matcher proposes for a wave. Everything comes sorted (communes by unit code, officers by username), so two
 * proposals for the same wave are equal however its input was ordered.
 *
 * @param assignments commune code → the officers sent there, in place order; every commune of the wave has an entry
 * @param unfilled the communes that keep places open, and why
 * @param unassigned the nominees who go nowhere, and why
 */
public record MatchingProposal(Map<String, List<Assignment>> assignments, List<UnfilledPlaces> unfilled,
		List<Unassigned> unassigned) {

	public MatchingProposal {
		Map<String, List<Assignment>> copy = new LinkedHashMap<>();
		assignments.forEach((commune, list) -> copy.put(commune, List.copyOf(list)));
		assignments = Collections.unmodifiableMap(copy);
		unfilled = List.copyOf(unfilled);
		unassigned = List.copyOf(unassigned);
	}

	/** Where the proposal sends this officer, if anywhere. */
	public Optional<Assignment> assignmentOf(String username) {
		return assignments.values()
			.stream()
			.flatMap(List::stream)
			.filter(assignment -> assignment.username().equals(username))
			.findFirst();
	}

	/** Why the proposal sends this officer nowhere, if it does. */
	public Optional<Unassigned> unassignedOf(String username) {
		return unassigned.stream().filter(officer -> officer.username().equals(username)).findFirst();
	}

	/** Username → commune code of every assignment, sorted by username: what to pin when adjusting the proposal. */
	public Map<String, String> placements() {
		Map<String, String> placements = new TreeMap<>();
		assignments.values()
			.stream()
			.flatMap(List::stream)
			.forEach(assignment -> placements.put(assignment.username(), assignment.communeCode()));
		return Collections.unmodifiableMap(placements);
	}

	/** How many officers the proposal sends. */
	public int assignedCount() {
		return assignments.values().stream().mapToInt(List::size).sum();
	}

	/** How many places stay open across the wave. */
	public int unfilledPlaces() {
		return unfilled.stream().mapToInt(UnfilledPlaces::places).sum();
	}

	/** The sum of the assignments' scores; the matcher tries to raise it without breaking a rule. */
	public int totalScore() {
		return assignments.values().stream().flatMap(List::stream).mapToInt(Assignment::score).sum();
	}

	/** Places of a commune that the proposal leaves open. */
	public record UnfilledPlaces(String communeCode, int places, Reason reason) {

		public UnfilledPlaces {
			Objects.requireNonNull(communeCode, "Unfilled places need their commune");
			Objects.requireNonNull(reason, "Unfilled places need a reason");
		}

	}

	/** A nominee the proposal sends nowhere. */
	public record Unassigned(String username, Reason reason) {

		public Unassigned {
			Objects.requireNonNull(username, "An unassigned nominee needs a username");
			Objects.requireNonNull(reason, "An unassigned nominee needs a reason");
		}

	}

}
