package vn.vidan.workspace.task;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One component of a Camunda Form, as the form's JSON describes it: a field with a {@code key} (textfield, textarea,
 * number, checkbox, radio, select, checklist, datetime…) or a display component without one (text).
 * @param id the component's id in the form ({@code Field_MissingDocuments})
 * @param key the variable the field reads and writes; null for display components
 * @param type the form-js type ({@code textfield}, {@code radio}…)
 * @param label the field's label
 * @param description the hint under the label
 * @param text a text component's markdown
 * @param defaultValue the value a field starts with when the process has none, or null
 * @param options the values of a radio, select or checklist
 * @param rules the field's {@code validate} block
 * @param hide the FEEL expression of {@code conditional.hide}, or null
 * @param subtype a datetime's {@code subtype} (date, time, datetime)
 * @param readonly whether the form marks the field read-only or disabled
 */
public record FormComponent(String id, String key, String type, String label, String description, String text,
		JsonNode defaultValue, List<Option> options, Rules rules, String hide, String subtype, boolean readonly) {

	/** The types whose value the officer answers. */
	public static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
			"checklist", "taglist", "datetime");

	/** The display-only types drawn on the page. */
	public static final Set<String> DISPLAYS = Set.of("text", "separator", "spacer");

	public boolean isInput() {
		return key != null && INPUTS.contains(type);
	}

	/** Whether the field takes several values (checklist, taglist). */
	public boolean isMultiple() {
		return "checklist".equals(type) || "taglist".equals(type);
	}

	/** Whether the field's value must be one of {@link #options}. */
	public boolean hasOptions() {
		return "radio".equals(type) || "select".equals(type) || isMultiple();
	}

	/** The element id of the field on the page (and the error summary's link target). */
	public String htmlId() {
		return "field-" + (id == null ? key : id).replaceAll("[^A-Za-z0-9_-]", "_");
	}

	/** A choice of a radio, select or checklist. */
	public record Option(String label, String value) {
	}

	/**
	 * The form's {@code validate} block.
	 * @param validationType form-js's {@code email} or {@code phone}, or null
	 */
	public record Rules(boolean required, Integer minLength, Integer maxLength, String pattern, BigDecimal min,
			BigDecimal max, String validationType) {

		public static final Rules NONE = new Rules(false, null, null, null, null, null, null);

	}

}
