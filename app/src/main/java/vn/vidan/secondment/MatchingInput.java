package vn.vidan.secondment;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A wave as the personnel department drafted it, and its adjustments to the last proposal.
 *
 * @param period the wave's time in the communes; officers in another wave that overlaps it cannot go
 * @param communes the target communes, each unit code once
 * @param nominees the nominated officers, each username once
 * @param pinned username → commune code fixed by a person: kept as it is and counted against the commune's quota
 * @param excluded usernames taken out of the wave (e.g. their commander refused the release)
 */
public record MatchingInput(Period period, List<CommuneNeed> communes, List<Nominee> nominees,
		Map<String, String> pinned, Set<String> excluded) {

	public MatchingInput {
		Objects.requireNonNull(period, "The wave needs its period");
		communes = List.copyOf(Objects.requireNonNull(communes, "The wave needs its communes"));
		nominees = List.copyOf(Objects.requireNonNull(nominees, "The wave needs its nominees"));
		// Sorted copies: their order, unlike a HashMap's, is the same on every run.
		pinned = Collections.unmodifiableSortedMap(new TreeMap<>(pinned == null ? Map.of() : pinned));
		excluded = Collections.unmodifiableSortedSet(new TreeSet<>(excluded == null ? Set.of() : excluded));

		Map<String, CommuneNeed> communeByCode = new HashMap<>();
		for (CommuneNeed commune : communes) {
			if (communeByCode.putIfAbsent(commune.unitCode(), commune) != null) {
				throw new Invalid("communeTwice", "Commune " + commune.unitCode() + " is listed twice in the wave",
						commune.unitCode());
			}
		}
		Map<String, Nominee> nomineeByUsername = new HashMap<>();
		for (Nominee nominee : nominees) {
			if (nomineeByUsername.putIfAbsent(nominee.username(), nominee) != null) {
				throw new Invalid("nomineeTwice", "Officer " + nominee.username() + " is nominated twice",
						nominee.username());
			}
		}
		for (String username : excluded) {
			if (!nomineeByUsername.containsKey(username)) {
				throw new Invalid("excludeUnknown", "Cannot exclude " + username + ": not among the nominees", username);
			}
		}
		Map<String, Integer> pinnedPerCommune = new HashMap<>();
		for (Map.Entry<String, String> pin : pinned.entrySet()) {
			String username = pin.getKey();
			Nominee nominee = nomineeByUsername.get(username);
			CommuneNeed commune = communeByCode.get(pin.getValue());
			if (nominee == null) {
				throw new Invalid("pinUnknown", "Cannot pin " + username + ": not among the nominees", username);
			}
			if (commune == null) {
				throw new Invalid("pinUnknownCommune",
						"Cannot pin " + username + " to " + pin.getValue() + ": that commune is not in the wave", username,
						pin.getValue());
			}
			if (excluded.contains(username)) {
				throw new Invalid("pinExcluded", "Cannot pin " + username + ": the officer is also excluded", username);
			}
			if (commune.unitCode().equals(nominee.homeCommuneCode())) {
				throw new Invalid("pinHomeCommune",
						"Cannot pin " + username + " to " + commune.unitCode() + ": it is the officer's home commune",
						username, commune.unitCode());
			}
			Optional<Nominee.Commitment> busy = overlapping(nominee, period);
			if (busy.isPresent()) {
				throw new Invalid("pinBusy", "Cannot pin " + username + ": the officer serves in wave "
						+ busy.get().waveCode() + " at the same time", username, busy.get().waveCode());
			}
			if (pinnedPerCommune.merge(commune.unitCode(), 1, Integer::sum) > commune.quota()) {
				throw new Invalid("pinOverQuota", "More officers are pinned to " + commune.unitCode()
						+ " than its quota of " + commune.quota(), commune.unitCode(), String.valueOf(commune.quota()));
			}
		}
	}

	/** A wave without adjustments: nothing pinned, nobody excluded. */
	public MatchingInput(Period period, List<CommuneNeed> communes, List<Nominee> nominees) {
		this(period, communes, nominees, Map.of(), Set.of());
	}

	/** The same wave with other adjustments, e.g. the last proposal pinned but for an officer now excluded. */
	public MatchingInput adjusted(Map<String, String> pinned, Set<String> excluded) {
		return new MatchingInput(period, communes, nominees, pinned, excluded);
	}

	/** The nominee's first place in another wave during this one, if any. */
	Optional<Nominee.Commitment> overlappingCommitment(Nominee nominee) {
		return overlapping(nominee, period);
	}

	private static Optional<Nominee.Commitment> overlapping(Nominee nominee, Period period) {
		return nominee.commitments().stream().filter(commitment -> commitment.period().overlaps(period)).findFirst();
	}

	/**
	 * An input the matcher cannot work with, with the {@code reason} (a phrase of the message bundles,
	 * {@code problem.secondment.matching.<reason>}) and its arguments, so an API can say it in the reader's language.
	 */
	public static final class Invalid extends IllegalArgumentException {

		private final String reason;

		private final transient Object[] arguments;

		Invalid(String reason, String message, Object... arguments) {
			super(message);
			this.reason = reason;
			this.arguments = arguments;
		}

		public String reason() {
			return reason;
		}

		public Object[] arguments() {
			return arguments.clone();
		}

	}

}
