package vn.vidan.process;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the top-level names an expression text refers to: {@code ${routing.groups(unitCode, 'X')}} refers to
 * {@code routing} and {@code unitCode}, but not to {@code groups} (a member), {@code X} (a string literal) or
 * {@code fn:trim} (a function).
 */
final class ExpressionIdentifiers {

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);

	private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

	private static final Pattern FUNCTION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:[A-Za-z_][A-Za-z0-9_]*(?=\\s*\\()");

	private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true",
			"false", "null", "empty", "div", "mod", "instanceof");

	private ExpressionIdentifiers() {
	}

	static Set<String> in(String text) {
		Set<String> names = new LinkedHashSet<>();
		if (text == null || !(text.contains("${") || text.contains("#{"))) {
			return names;
		}
		Matcher expression = EXPRESSION.matcher(text);
		while (expression.find()) {
			String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
			body = FUNCTION.matcher(body).replaceAll(" ");
			Matcher name = NAME.matcher(body);
			while (name.find()) {
				if (isTopLevel(body, name.start()) && !KEYWORDS.contains(name.group())) {
					names.add(name.group());
				}
			}
		}
		return names;
	}

	/** A member ({@code a.b}) or a name glued to a number ({@code 1e5}) is not top level. */
	private static boolean isTopLevel(String body, int start) {
		int i = start - 1;
		while (i >= 0 && Character.isWhitespace(body.charAt(i))) {
			i--;
		}
		return i < 0 || !(body.charAt(i) == '.' || (i == start - 1 && Character.isDigit(body.charAt(i))));
	}

}
