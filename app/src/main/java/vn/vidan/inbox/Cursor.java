package vn.vidan.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of a list starts or ends (keyset paging): the sort value and the task id of the row next to it, and
 * whether the page runs forward from it ({@code after}) or backward ({@code before}). Travels in the URL as Base64.
 */
public record Cursor(Object value, String taskId, boolean after) {

	/** The URL form, e.g. for {@code ?after=…}. */
	public String token() {
		String encoded = (value instanceof Instant at ? "t" + at.toEpochMilli() : "s" + value) + "\n" + taskId;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(encoded.getBytes(StandardCharsets.UTF_8));
	}

	/** The cursor a URL carries, or null when it carries none or a damaged one (the first page then). */
	public static Cursor parse(String token, boolean after) {
		if (token == null || token.isBlank() || token.length() > 600) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
			int split = decoded.lastIndexOf('\n');
			if (split < 1 || split == decoded.length() - 1) {
				return null;
			}
			String value = decoded.substring(1, split);
			String taskId = decoded.substring(split + 1);
			return switch (decoded.charAt(0)) {
				case 't' -> new Cursor(Instant.ofEpochMilli(Long.parseLong(value)), taskId, after);
				case 's' -> new Cursor(value, taskId, after);
				default -> null;
			};
		}
		catch (IllegalArgumentException damaged) {
			return null;
		}
	}

}
