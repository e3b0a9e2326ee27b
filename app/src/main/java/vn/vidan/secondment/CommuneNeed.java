package vn.vidan.secondment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A commune police unit that receives officers in a wave: how many ({@code quota}), for what ({@code focus}), and where
 * it is.
 */
public record CommuneNeed(String unitCode, String name, int quota, Set<FocusTask> focus, GeoPoint location) {

	public CommuneNeed {
		if (unitCode == null || unitCode.isBlank()) {
			throw new IllegalArgumentException("A commune needs a unit code");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Commune " + unitCode + " needs a name");
		}
		if (quota < 0) {
			throw new IllegalArgumentException(
					"The quota of commune " + unitCode + " must not be negative, not " + quota);
		}
		Objects.requireNonNull(focus, () -> "Commune " + unitCode + " needs its focus tasks (an empty set if none)");
		Objects.requireNonNull(location, () -> "Commune " + unitCode + " needs a location");
		// An EnumSet iterates in declaration order; Set.copyOf would not promise any order.
		focus = Collections.unmodifiableSet(focus.isEmpty() ? EnumSet.noneOf(FocusTask.class) : EnumSet.copyOf(focus));
	}

}
