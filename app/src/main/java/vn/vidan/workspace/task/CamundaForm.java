package vn.vidan.workspace.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (the {@code .form} JSON of {@code forms/} that Tasklist renders with form-js), read into its
 * components in page order. Groups are flattened into their fields; components of a type Vidan does not draw are kept,
 * so a page can say so instead of dropping a question silently.
 */
public record CamundaForm(String id, List<FormComponent> components) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The fields the officer answers, in page order. */
	public List<FormComponent> inputs() {
		return components.stream().filter(FormComponent::isInput).toList();
	}

	/** Every field key a {@code conditional.hide} expression names: changing one of them re-draws the form. */
	public boolean drivesConditions(String key) {
		return components.stream()
			.filter(component -> component.hide() != null)
			.anyMatch(component -> Feel.names(component.hide()).contains(key));
	}

	public static CamundaForm parse(InputStream json) {
		try (json) {
			return parse(JSON.readTree(json));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The form is not JSON", unreadable);
		}
	}

	public static CamundaForm parse(String json) {
		try {
			return parse(JSON.readTree(json));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("The form is not JSON", unreadable);
		}
	}

	static CamundaForm parse(JsonNode form) {
		if (!form.path("components").isArray()) {
			throw new IllegalArgumentException("A Camunda Form has a components array");
		}
		List<FormComponent> components = new ArrayList<>();
		collect(form.path("components"), components);
		return new CamundaForm(text(form, "id"), List.copyOf(components));
	}

	private static void collect(JsonNode nodes, List<FormComponent> into) {
		for (JsonNode node : nodes) {
			if (node.path("components").isArray() && !node.has("key")) {
				// group: its fields belong to the form
				collect(node.path("components"), into);
				continue;
			}
			into.add(component(node));
		}
	}

	private static FormComponent component(JsonNode node) {
		List<FormComponent.Option> options = new ArrayList<>();
		for (JsonNode value : node.path("values")) {
			String val = value.path("value").isMissingNode() || value.path("value").isNull() ? null
					: value.path("value").asText();
			options.add(new FormComponent.Option(value.path("label").asText(val == null ? "" : val), val));
		}
		JsonNode validate = node.path("validate");
		FormComponent.Rules rules = validate.isObject()
				? new FormComponent.Rules(validate.path("required").asBoolean(false), integer(validate, "minLength"),
						integer(validate, "maxLength"), blankToNull(text(validate, "pattern")), decimal(validate, "min"),
						decimal(validate, "max"), blankToNull(text(validate, "validationType")))
				: FormComponent.Rules.NONE;
		JsonNode defaultValue = node.has("defaultValue") && !node.get("defaultValue").isNull()
				? node.get("defaultValue") : null;
		String subtype = text(node, "subtype");
		return new FormComponent(text(node, "id"), blankToNull(text(node, "key")), text(node, "type"),
				text(node, "label"), blankToNull(text(node, "description")), text(node, "text"), defaultValue,
				List.copyOf(options), rules, blankToNull(text(node.path("conditional"), "hide")), subtype,
				node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asText();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static Integer integer(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() || value.isTextual() && value.asText().matches("\\d+") ? value.asInt() : null;
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isTextual()) {
			try {
				return new BigDecimal(value.asText().trim());
			}
			catch (NumberFormatException notANumber) {
				return null;
			}
		}
		return null;
	}

}
