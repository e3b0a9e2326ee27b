package vn.vidan.workspace.task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form's own rules, as form-js applies them in Tasklist, checked on the server: required, minLength, maxLength,
 * pattern (found anywhere in the value, like JavaScript's {@code RegExp.test}), min, max, email and phone, that a
 * number is a number, and that a radio, select or checklist answer is one of its values. Hidden fields are skipped.
 * Each problem names its field and a message key ({@code task.error.<code>}) with arguments, so the page says it in
 * the officer's language.
 */
public final class FormValidation {

	private static final Logger log = LoggerFactory.getLogger(FormValidation.class);

	private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .()-]{5,19}$");

	private FormValidation() {
	}

	public static List<Problem> problems(FilledForm form) {
		List<Problem> problems = new ArrayList<>();
		for (FilledForm.Field field : form.fields()) {
			FormComponent component = field.component();
			if (field.hidden() || !component.isInput() || component.readonly()) {
				continue;
			}
			Problem problem = problem(field);
			if (problem != null) {
				problems.add(problem);
			}
		}
		return problems;
	}

	private static Problem problem(FilledForm.Field field) {
		FormComponent component = field.component();
		FormComponent.Rules rules = component.rules();
		Object value = field.value();
		if (field.unreadable()) {
			return new Problem(component, "number");
		}
		boolean empty = value == null || value instanceof String text && text.isBlank()
				|| value instanceof List<?> list && list.isEmpty()
				|| "checkbox".equals(component.type()) && !Boolean.TRUE.equals(value);
		if (empty) {
			return rules.required()
					? new Problem(component, "checkbox".equals(component.type()) ? "requiredCheckbox"
							: component.hasOptions() ? "requiredChoice" : "required")
					: null;
		}
		if (component.hasOptions() && !component.options().isEmpty()) {
			List<String> allowed = component.options().stream().map(FormComponent.Option::value).toList();
			List<?> answers = value instanceof List<?> list ? list : List.of(value);
			if (!allowed.containsAll(answers)) {
				return new Problem(component, "choice");
			}
		}
		if (value instanceof String text) {
			int length = text.strip().length();
			if (rules.minLength() != null && length < rules.minLength()) {
				return new Problem(component, "minLength", rules.minLength());
			}
			if (rules.maxLength() != null && length > rules.maxLength()) {
				return new Problem(component, "maxLength", rules.maxLength());
			}
			if (rules.pattern() != null && !matches(rules.pattern(), text)) {
				return new Problem(component, "pattern");
			}
			if ("email".equals(rules.validationType()) && !EMAIL.matcher(text).matches()) {
				return new Problem(component, "email");
			}
			if ("phone".equals(rules.validationType()) && !PHONE.matcher(text).matches()) {
				return new Problem(component, "phone");
			}
		}
		if (value instanceof Number number) {
			BigDecimal amount = new BigDecimal(number.toString());
			if (rules.min() != null && amount.compareTo(rules.min()) < 0) {
				return new Problem(component, "min", rules.min().stripTrailingZeros().toPlainString());
			}
			if (rules.max() != null && amount.compareTo(rules.max()) > 0) {
				return new Problem(component, "max", rules.max().stripTrailingZeros().toPlainString());
			}
		}
		return null;
	}

	private static boolean matches(String pattern, String text) {
		try {
			return Pattern.compile(pattern).matcher(text).find();
		}
		catch (PatternSyntaxException unreadable) {
			log.warn("A form's pattern is not a regular expression Java reads ({}); not applied", pattern);
			return true;
		}
	}

	/**
	 * What is wrong with one field.
	 * @param code the message's key after {@code task.error.}
	 * @param argument the rule's figure (a length, a bound), or null
	 */
	public record Problem(FormComponent component, String code, Object argument) {

		Problem(FormComponent component, String code) {
			this(component, code, null);
		}

		public String messageKey() {
			return "task.error." + code;
		}

	}

}
