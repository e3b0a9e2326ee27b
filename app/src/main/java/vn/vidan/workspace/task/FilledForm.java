package vn.vidan.workspace.task;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camunda Form with its answers: every component in page order, whether its {@code conditional.hide} hides it now,
 * and each field's value, both as the officer typed it (to show again) and typed for the engine (checkbox → Boolean,
 * number → Long or Double, the rest String). Hidden fields are neither validated nor submitted, and a condition does
 * not see the value of a hidden field, as in form-js.
 */
public final class FilledForm {

	/** The request parameter listing the fields drawn on the page, so a hidden one keeps its earlier value. */
	public static final String DRAWN = "_fields";

	private static final Logger log = LoggerFactory.getLogger(FilledForm.class);

	private final CamundaForm form;

	private final List<Field> fields;

	private FilledForm(CamundaForm form, List<Field> fields) {
		this.form = form;
		this.fields = fields;
	}

	/** The form as it opens: the process's values where it has them, else the form's defaults. */
	public static FilledForm initial(CamundaForm form, Map<String, ?> variables) {
		List<Field> fields = new ArrayList<>();
		for (FormComponent component : form.components()) {
			fields.add(component.isInput() ? stored(component, variables) : Field.display(component));
		}
		return hideByConditions(form, fields, variables);
	}

	/**
	 * The form as the officer sent it: {@code parameters} gives the values of a request parameter (empty when absent).
	 * Fields that were not on the page (hidden when it was drawn) keep the process's value or the default.
	 */
	public static FilledForm submitted(CamundaForm form, Map<String, ?> variables,
			Function<String, List<String>> parameters, Locale locale) {
		Set<String> drawn = new HashSet<>(parameters.apply(DRAWN));
		List<Field> fields = new ArrayList<>();
		for (FormComponent component : form.components()) {
			if (!component.isInput()) {
				fields.add(Field.display(component));
			}
			else if (!drawn.contains(component.key())) {
				fields.add(stored(component, variables));
			}
			else {
				fields.add(answered(component, parameters.apply(component.key()), locale));
			}
		}
		return hideByConditions(form, fields, variables);
	}

	/** No form: the step is completed without answers. */
	public static FilledForm none() {
		return new FilledForm(new CamundaForm(null, List.of()), List.of());
	}

	public CamundaForm form() {
		return form;
	}

	/** Every component in page order, hidden ones included (marked). */
	public List<Field> fields() {
		return fields;
	}

	/** The components to draw: those no condition hides. */
	public List<Field> visible() {
		return fields.stream().filter(field -> !field.hidden()).toList();
	}

	/** The answers for the engine: the visible fields only, typed. */
	public VariableMap answers() {
		VariableMap answers = Variables.createVariables();
		for (Field field : fields) {
			if (field.hidden() || !field.component().isInput() || field.component().readonly()) {
				continue;
			}
			String key = field.component().key();
			Object value = field.value();
			switch (field.component().type()) {
				case "checkbox" -> answers.putValueTyped(key, Variables.booleanValue(Boolean.TRUE.equals(value)));
				case "number" -> answers.putValueTyped(key, value instanceof Long whole ? Variables.longValue(whole)
						: value instanceof Double fraction ? Variables.doubleValue(fraction) : Variables.longValue(null));
				default -> answers.putValueTyped(key,
						Variables.stringValue(value instanceof List<?> list ? String.join(",", strings(list))
								: (String) value));
			}
		}
		return answers;
	}

	private static Field stored(FormComponent component, Map<String, ?> variables) {
		Object raw = variables.containsKey(component.key()) ? variables.get(component.key())
				: component.defaultValue() == null ? null
						: component.defaultValue().isBoolean() ? component.defaultValue().booleanValue()
								: component.defaultValue().isNumber() ? component.defaultValue().decimalValue()
										: component.defaultValue().isArray() ? arrayOf(component.defaultValue())
												: component.defaultValue().asText();
		switch (component.type()) {
			case "checkbox":
				boolean checked = Boolean.TRUE.equals(raw) || "true".equals(raw);
				return new Field(component, Boolean.toString(checked), List.of(), checked, false, false);
			case "number":
				BigDecimal number = raw instanceof Number n ? new BigDecimal(n.toString())
						: raw == null ? null : parseNumber(raw.toString(), Locale.ROOT);
				return new Field(component, number == null ? (raw == null ? "" : raw.toString()) : plain(number),
						List.of(), typed(number), false, raw != null && number == null);
			default:
				if (component.isMultiple()) {
					List<String> selected = raw instanceof Collection<?> list ? strings(list)
							: raw == null || raw.toString().isBlank() ? List.of() : List.of(raw.toString().split(","));
					return new Field(component, String.join(",", selected), selected, selected, false, false);
				}
				String text = raw == null ? "" : raw.toString();
				return new Field(component, text, List.of(text), text.isBlank() ? null : text.strip(), false, false);
		}
	}

	private static Field answered(FormComponent component, List<String> sent, Locale locale) {
		String first = sent.isEmpty() ? "" : sent.get(0);
		switch (component.type()) {
			case "checkbox":
				boolean checked = sent.contains("true");
				return new Field(component, Boolean.toString(checked), List.of(), checked, false, false);
			case "number":
				BigDecimal number = first.isBlank() ? null : parseNumber(first, locale);
				return new Field(component, first, List.of(), typed(number), false, !first.isBlank() && number == null);
			default:
				if (component.isMultiple()) {
					List<String> selected = sent.stream().filter(value -> !value.isBlank()).toList();
					return new Field(component, String.join(",", selected), selected, selected, false, false);
				}
				return new Field(component, first, List.of(first), first.isBlank() ? null : first.strip(), false,
						false);
		}
	}

	private static FilledForm hideByConditions(CamundaForm form, List<Field> fields, Map<String, ?> variables) {
		Map<String, Object> data = new HashMap<>(variables);
		for (Field field : fields) {
			if (field.component().isInput()) {
				data.put(field.component().key(), field.value());
			}
		}
		List<Field> decided = new ArrayList<>(fields.size());
		for (Field field : fields) {
			boolean hidden = false;
			if (field.component().hide() != null) {
				try {
					hidden = Feel.isTrue(field.component().hide(), data);
				}
				catch (Feel.FeelException | NumberFormatException unsupported) {
					log.warn("Form {}: cannot evaluate the hide condition of {} ({}); the field stays visible",
							form.id(), field.component().id(), unsupported.getMessage());
				}
			}
			if (hidden && field.component().isInput()) {
				data.remove(field.component().key());
			}
			decided.add(hidden ? field.hide() : field);
		}
		return new FilledForm(form, List.copyOf(decided));
	}

	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

	private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+[.,]\\d+");

	/**
	 * A number as an officer writes it: "1500000", "1.500.000" (Vietnamese thousands), "1,500,000" (English), "2,5" or
	 * "2.5"; null when it is not a number.
	 */
	static BigDecimal parseNumber(String text, Locale locale) {
		String value = text.strip().replace("\u00a0", "").replace(" ", "");
		char thousands = "en".equals(locale.getLanguage()) ? ',' : '.';
		char decimal = thousands == '.' ? ',' : '.';
		String grouped = "[-+]?\\d{1,3}(" + Pattern.quote(String.valueOf(thousands)) + "\\d{3})+("
				+ Pattern.quote(String.valueOf(decimal)) + "\\d+)?";
		if (!Locale.ROOT.equals(locale) && value.matches(grouped)) {
			value = value.replace(String.valueOf(thousands), "").replace(decimal, '.');
		}
		else if (DECIMAL.matcher(value).matches()) {
			value = value.replace(',', '.');
		}
		else if (!INTEGER.matcher(value).matches()) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** A whole number as Long, a fraction as Double. */
	private static Object typed(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
			return stripped.longValueExact();
		}
		return number.doubleValue();
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static List<String> strings(Collection<?> values) {
		return values.stream().filter(value -> value != null).map(Object::toString).toList();
	}

	private static List<String> arrayOf(com.fasterxml.jackson.databind.JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asText()));
		return values;
	}

	/**
	 * One component with its answer.
	 * @param text the value as shown in the field
	 * @param selected the chosen values of a checklist (the text of other fields)
	 * @param value the typed value: Boolean, Long or Double, String, List of String, or null when empty or unreadable
	 * @param hidden whether a {@code conditional.hide} hides it now
	 * @param unreadable whether the officer typed something that is not a number in a number field
	 */
	public record Field(FormComponent component, String text, List<String> selected, Object value, boolean hidden,
			boolean unreadable) {

		static Field display(FormComponent component) {
			return new Field(component, "", List.of(), null, false, false);
		}

		Field hide() {
			return new Field(component, text, selected, value, true, unreadable);
		}

		/** Whether the option with this value is chosen (radio, select, checklist). */
		public boolean chosen(String option) {
			return option != null && (component.isMultiple() ? selected.contains(option) : option.equals(text));
		}

		public boolean checked() {
			return Boolean.TRUE.equals(value);
		}

		/** A text component's markdown as safe HTML. */
		public String html() {
			return MarkdownText.toHtml(component.text());
		}

	}

}
