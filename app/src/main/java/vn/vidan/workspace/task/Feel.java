package vn.vidan.workspace.task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The small part of FEEL that Camunda Forms' {@code conditional.hide} uses: {@code =var}, {@code =var = "X"},
 * {@code =var != "X"}, comparisons ({@code < <= > >=}) of numbers, {@code not(…)}, {@code and}, {@code or},
 * parentheses, strings, numbers, {@code true}, {@code false}, {@code null} and dotted paths into maps. Like FEEL,
 * {@code null} compares equal only to {@code null}, and {@code and}/{@code or}/{@code not} are three-valued (a missing
 * answer is neither true nor false). Anything else is a {@link FeelException}.
 */
public final class Feel {

	private final List<String> tokens;

	private final Map<String, ?> context;

	private int at;

	private Feel(List<String> tokens, Map<String, ?> context) {
		this.tokens = tokens;
		this.context = context;
	}

	/** The expression's value ({@code Boolean}, {@code String}, {@code BigDecimal}, a context value, or null). */
	public static Object evaluate(String expression, Map<String, ?> context) {
		Feel feel = new Feel(tokenize(strip(expression)), context);
		if (feel.tokens.isEmpty()) {
			throw new FeelException("Empty expression");
		}
		Object value = feel.disjunction();
		if (feel.at < feel.tokens.size()) {
			throw new FeelException("Unexpected '" + feel.tokens.get(feel.at) + "' in " + expression);
		}
		return value;
	}

	/** Whether the expression is {@code true} (a hide condition hides its field only then). */
	public static boolean isTrue(String expression, Map<String, ?> context) {
		return Boolean.TRUE.equals(evaluate(expression, context));
	}

	/** The variable names the expression reads (the first part of each path). */
	public static Set<String> names(String expression) {
		Set<String> names = new LinkedHashSet<>();
		try {
			for (String token : tokenize(strip(expression))) {
				if (isName(token) && !List.of("and", "or", "not", "true", "false", "null").contains(token)) {
					names.add(token.split("\\.")[0]);
				}
			}
		}
		catch (FeelException unreadable) {
			// no names
		}
		return names;
	}

	private static String strip(String expression) {
		String text = expression == null ? "" : expression.trim();
		return text.startsWith("=") ? text.substring(1) : text;
	}

	private Object disjunction() {
		Object left = conjunction();
		while (accept("or")) {
			Object right = conjunction();
			left = or(left, right);
		}
		return left;
	}

	private Object conjunction() {
		Object left = comparison();
		while (accept("and")) {
			Object right = comparison();
			left = and(left, right);
		}
		return left;
	}

	private Object comparison() {
		Object left = primary();
		if (at < tokens.size() && List.of("=", "!=", "<", "<=", ">", ">=").contains(tokens.get(at))) {
			String operator = tokens.get(at++);
			Object right = primary();
			return compare(operator, left, right);
		}
		return left;
	}

	private Object primary() {
		if (at >= tokens.size()) {
			throw new FeelException("Expression ends too early");
		}
		String token = tokens.get(at++);
		if (token.equals("(")) {
			Object value = disjunction();
			expect(")");
			return value;
		}
		if (token.equals("not")) {
			expect("(");
			Object value = disjunction();
			expect(")");
			return value instanceof Boolean bool ? !bool : null;
		}
		if (token.startsWith("\"")) {
			return token.substring(1);
		}
		if (token.equals("-") && at < tokens.size() && Character.isDigit(tokens.get(at).charAt(0))) {
			return new BigDecimal(tokens.get(at++)).negate();
		}
		if (Character.isDigit(token.charAt(0))) {
			return new BigDecimal(token);
		}
		switch (token) {
			case "true":
				return true;
			case "false":
				return false;
			case "null":
				return null;
			default:
		}
		if (!isName(token)) {
			throw new FeelException("Unexpected '" + token + "'");
		}
		return lookup(token);
	}

	private Object lookup(String path) {
		Object value = context;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return normalise(value);
	}

	private static Object normalise(Object value) {
		if (value instanceof BigDecimal) {
			return value;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof Character character) {
			return character.toString();
		}
		return value;
	}

	private static Object compare(String operator, Object left, Object right) {
		if (operator.equals("=")) {
			return same(left, right);
		}
		if (operator.equals("!=")) {
			return !same(left, right);
		}
		int order;
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			order = a.compareTo(b);
		}
		else if (left instanceof String a && right instanceof String b) {
			order = a.compareTo(b);
		}
		else {
			return null;
		}
		return switch (operator) {
			case "<" -> order < 0;
			case "<=" -> order <= 0;
			case ">" -> order > 0;
			default -> order >= 0;
		};
	}

	private static boolean same(Object left, Object right) {
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(left, right);
	}

	private static Object and(Object left, Object right) {
		if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
			return false;
		}
		return Boolean.TRUE.equals(left) && Boolean.TRUE.equals(right) ? true : null;
	}

	private static Object or(Object left, Object right) {
		if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
			return true;
		}
		return Boolean.FALSE.equals(left) && Boolean.FALSE.equals(right) ? false : null;
	}

	private boolean accept(String keyword) {
		if (at < tokens.size() && tokens.get(at).equals(keyword)) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(String token) {
		if (!accept(token)) {
			throw new FeelException("Expected '" + token + "'");
		}
	}

	private static boolean isName(String token) {
		return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
	}

	/** Strings keep their opening quote as a marker ({@code "REFUSE} for {@code "REFUSE"}). */
	private static List<String> tokenize(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '"') {
				StringBuilder value = new StringBuilder("\"");
				i++;
				while (i < text.length() && text.charAt(i) != '"') {
					if (text.charAt(i) == '\\' && i + 1 < text.length()) {
						i++;
					}
					value.append(text.charAt(i++));
				}
				if (i >= text.length()) {
					throw new FeelException("Unterminated string");
				}
				i++;
				tokens.add(value.toString());
			}
			else if (Character.isDigit(c)) {
				int start = i;
				while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
					i++;
				}
				tokens.add(text.substring(start, i));
			}
			else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
						|| text.charAt(i) == '.' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
					i++;
				}
				tokens.add(text.substring(start, i));
			}
			else if ((c == '!' || c == '<' || c == '>') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
				tokens.add(text.substring(i, i + 2));
				i += 2;
			}
			else if ("=<>(),-".indexOf(c) >= 0) {
				tokens.add(String.valueOf(c));
				i++;
			}
			else {
				throw new FeelException("Unexpected '" + c + "'");
			}
		}
		return tokens;
	}

	/** An expression outside the part of FEEL Vidan's forms use. */
	public static class FeelException extends RuntimeException {

		FeelException(String message) {
			super(message);
		}

	}

}
