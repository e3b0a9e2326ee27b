package vn.vidan.inbox;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the inbox searches: text without diacritics, in lower case, đ as d, punctuation as spaces ("Nguyễn Văn Ánh" →
 * "nguyen van anh", "HOAMINH-260309-0001" → "hoaminh 260309 0001"). A case's search text holds one field per line
 * (codes, names, ID number, address); each field gives every phrase that starts at one of its words, cut to
 * {@value #TOKEN_LENGTH} characters, and a long number also its last 4 digits. A search term matches a task when it is
 * the beginning of one of those phrases: "nguyen van a" finds "Nguyễn Văn An", "hoa minh" finds "…, phường Hòa Minh",
 * "0123" finds ID number 048190000123.
 */
public final class SearchText {

	/** The longest phrase kept as a token; a longer search term is cut to it and then checked on the whole text. */
	public static final int TOKEN_LENGTH = 48;

	/** The longest normalized text kept on a task row. */
	public static final int TEXT_LENGTH = 1000;

	private static final String FIELD_SEPARATOR = " | ";

	private SearchText() {
	}

	/** Lower case, no diacritics, đ → d, every run of other characters one space, trimmed. */
	public static String normalize(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		return out.substring(0, end);
	}

	/** The searchable text of a task row: each field normalized, fields kept apart so no phrase spans two. */
	public static String text(String searchText) {
		List<String> fields = fields(searchText);
		String joined = String.join(FIELD_SEPARATOR, fields);
		return joined.length() <= TEXT_LENGTH ? joined : joined.substring(0, TEXT_LENGTH);
	}

	/** The tokens a search matches by prefix. */
	public static Set<String> tokens(String searchText) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String field : fields(searchText)) {
			String[] words = field.split(" ");
			int start = 0;
			for (String word : words) {
				tokens.add(cut(field.substring(start)));
				if (word.length() >= 8 && word.chars().allMatch(Character::isDigit)) {
					tokens.add(word.substring(word.length() - 4));
				}
				start += word.length() + 1;
			}
		}
		return tokens;
	}

	/** The prefix a search term is looked up by, or empty when the term has nothing to search for. */
	public static String term(String query) {
		return cut(normalize(query));
	}

	private static List<String> fields(String searchText) {
		List<String> fields = new ArrayList<>();
		if (searchText == null) {
			return fields;
		}
		for (String line : searchText.split("\n")) {
			String field = normalize(line);
			if (!field.isEmpty()) {
				fields.add(field);
			}
		}
		return fields;
	}

	private static String cut(String phrase) {
		if (phrase.length() <= TOKEN_LENGTH) {
			return phrase;
		}
		String cut = phrase.substring(0, TOKEN_LENGTH);
		return cut.endsWith(" ") ? cut.substring(0, TOKEN_LENGTH - 1) : cut;
	}

}
