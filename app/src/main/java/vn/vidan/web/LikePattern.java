package vn.vidan.web;

import java.util.Locale;

/** A search typed by a person as a SQL {@code LIKE} pattern; the queries that use it say {@code escape '!'}. */
public final class LikePattern {

	private LikePattern() {
	}

	/** Text containing {@code search}, lower case, its wildcards escaped; null for no search. */
	public static String containing(String search) {
		if (search == null) {
			return null;
		}
		String escaped = search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

}
