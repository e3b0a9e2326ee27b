package vn.vidan.secondment;

import java.util.Objects;

/** One line of an explanation: a code for machines and a Vietnamese sentence for people. */
public record Reason(Code code, String text) {

	public Reason {
		Objects.requireNonNull(code, "A reason needs a code");
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Reason " + code + " needs a text");
		}
	}

	public enum Code {

		/** Assignment: the officer's skills serve some of the commune's focus tasks. */
		SKILLS_MATCH,
		/** Assignment: no skill of the officer serves a focus task of the commune. */
		NO_SKILLS_MATCH,
		/** Assignment: the distance from the source unit. */
		DISTANCE,
		/** Assignment: the commune is not the officer's home commune. */
		NOT_HOME_COMMUNE,
		/** Assignment: which of the commune's places the officer takes. */
		QUOTA_PLACE,
		/** Assignment: how many officers of the same source unit the commune already has. */
		SOURCE_UNIT_MIX,
		/** Assignment: a person fixed it; the matcher keeps it as it is. */
		PINNED,
		/** Unassigned: the personnel department took the officer out of the wave. */
		EXCLUDED,
		/** Unassigned: the officer serves in another wave at the same time. */
		OVERLAPPING_WAVE,
		/** Unassigned: the only places left are in the officer's home commune. */
		HOME_COMMUNE_ONLY,
		/** Unassigned: every place of the wave is taken. */
		QUOTAS_FULL,
		/** Unfilled: fewer available officers than places in the wave. */
		NOT_ENOUGH_NOMINEES,
		/** Unfilled: every officer still free comes from this very commune. */
		ONLY_LOCAL_NOMINEES_LEFT

	}

}
