package vn.vidan.secondment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.vidan.org.Skill;

/**
 * An officer a source unit (a province department, or district police) nominated for a wave.
 *
 * @param homeCommuneCode the unit code of the commune the officer comes from, {@code null} when unknown or outside the
 * province; the matcher never sends an officer there
 * @param sourceLocation where the source unit sits; distances are measured from here
 * @param commitments the officer's places in other waves; one overlapping this wave's period rules the officer out
 */
public record Nominee(String username, String fullName, String sourceUnitCode, Set<Skill> skills,
		String homeCommuneCode, GeoPoint sourceLocation, List<Commitment> commitments) {

	public Nominee {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("A nominee needs a username");
		}
		if (fullName == null || fullName.isBlank()) {
			throw new IllegalArgumentException("Nominee " + username + " needs a full name");
		}
		if (sourceUnitCode == null || sourceUnitCode.isBlank()) {
			throw new IllegalArgumentException("Nominee " + username + " needs a source unit");
		}
		Objects.requireNonNull(skills, () -> "Nominee " + username + " needs skills (an empty set if none)");
		Objects.requireNonNull(sourceLocation, () -> "Nominee " + username + " needs the location of the source unit");
		skills = Collections.unmodifiableSet(skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills));
		commitments = commitments == null ? List.of() : List.copyOf(commitments);
	}

	/** A nominee with no other wave. */
	public Nominee(String username, String fullName, String sourceUnitCode, Set<Skill> skills, String homeCommuneCode,
			GeoPoint sourceLocation) {
		this(username, fullName, sourceUnitCode, skills, homeCommuneCode, sourceLocation, List.of());
	}

	/** The officer's secondment in another wave. */
	public record Commitment(String waveCode, Period period) {

		public Commitment {
			if (waveCode == null || waveCode.isBlank()) {
				throw new IllegalArgumentException("A commitment needs the code of its wave");
			}
			Objects.requireNonNull(period, () -> "The commitment to wave " + waveCode + " needs its period");
		}

	}

}
