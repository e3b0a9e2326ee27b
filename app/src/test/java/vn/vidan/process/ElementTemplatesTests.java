package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import vn.vidan.org.Role;
import vn.vidan.process.ElementTemplates.Template;

/**
 * Every element template in {@code processes/element-templates/} is one Camunda Modeler accepts (it validates against
 * the element-templates JSON schema Modeler uses, vendored at 0.22.1) and calls only what exists: each bean it names
 * is a {@link ProcessBean}, each method it calls is public on that bean with that many arguments, and each delegate
 * is a {@link JavaDelegate}.
 */
class ElementTemplatesTests {

	private static final Path SCHEMA = Path.of("src", "test", "resources", "vendor",
			"element-templates-json-schema-0.22.1", "schema.json");

	private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

	private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\(([^()]*)\\)");

	/** Names BPMN expressions may use that are the engine's own, not beans. */
	private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");

	private static Map<String, Class<?>> processBeans;

	@BeforeAll
	static void findProcessBeans() {
		processBeans = ProcessBeansOnClassPath.all();
	}

	static List<Template> templates() {
		return ElementTemplates.all();
	}

	@Test
	void coversEveryReusableTaskTheIssueNames() {
		assertThat(templates()).extracting(Template::id)
			.contains("vn.vidan.unit-role-task", "vn.vidan.working-deadline", "vn.vidan.notify-resident",
					"vn.vidan.issue-document", "vn.vidan.transfer-case", "vn.vidan.request-supplement",
					"vn.vidan.tip-step", "vn.vidan.tip-handler-task", "vn.vidan.secondment-step")
			.doesNotHaveDuplicates();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void validatesAgainstTheElementTemplatesSchema(Template template) {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
			.getSchema(ElementTemplates.readJson(SCHEMA));

		Set<ValidationMessage> problems = schema.validate(template.json());

		assertThat(problems).as(template.file()).isEmpty();
		assertThat(template.json().path("id").asText()).startsWith("vn.vidan.");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void callsOnlyProcessBeansThatExist(Template template) {
		List<String> problems = new ArrayList<>();
		for (JsonNode property : template.properties()) {
			String attribute = property.path("binding").path("name").asText();
			for (String value : values(property)) {
				Matcher expression = EXPRESSION.matcher(value);
				while (expression.find()) {
					String text = expression.group(1).trim();
					if (attribute.equals("camunda:delegateExpression")) {
						Class<?> bean = processBeans.get(text);
						if (bean == null || !JavaDelegate.class.isAssignableFrom(bean)) {
							problems.add(text + " is no JavaDelegate with @ProcessBean");
						}
						continue;
					}
					Matcher call = CALL.matcher(text);
					while (call.find()) {
						String beanName = call.group(1);
						if (ENGINE_NAMES.contains(beanName)) {
							continue;
						}
						Class<?> bean = processBeans.get(beanName);
						int arguments = call.group(3).isBlank() ? 0 : call.group(3).split(",").length;
						if (bean == null) {
							problems.add(beanName + " is no @ProcessBean (in " + text + ")");
						}
						else if (!hasPublicMethod(bean, call.group(2), arguments)) {
							problems.add(beanName + " has no public " + call.group(2) + " with " + arguments
									+ " arguments (in " + text + ")");
						}
					}
				}
			}
		}
		assertThat(problems).as(template.file()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void offersOnlyRolesRoutingKnows(Template template) {
		template.properties()
			.stream()
			.filter(property -> property.path("binding").path("name").asText().equals("routeRole"))
			.forEach(property -> {
				assertThat(Role.parse(property.path("value").asText())).isNotNull();
				property.path("choices").forEach(choice -> assertThat(Role.parse(choice.path("value").asText())).isNotNull());
			});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("templates")
	void defaultsPassTheirOwnConstraints(Template template) {
		for (JsonNode property : template.properties()) {
			String pattern = property.path("constraints").path("pattern").path("value").asText(null);
			if (pattern != null && property.has("value")) {
				assertThat(property.path("value").asText()).as(template.file()).matches(pattern);
			}
		}
	}

	@Test
	void acceptsTheFormsAndDueDatesTodaysProcessesUse() throws Exception {
		Template unitRole = templates().stream().filter(t -> t.id().equals("vn.vidan.unit-role-task")).findFirst().orElseThrow();
		String formPattern = constraint(unitRole, "camunda:formRef");
		String duePattern = constraint(unitRole, "camunda:dueDate");
		List<String> refused = new ArrayList<>();
		try (var models = java.nio.file.Files.walk(Path.of("..", "processes", "src", "main", "resources"))) {
			for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
				String xml = java.nio.file.Files.readString(model);
				Matcher attribute = Pattern.compile("camunda:(formRef|dueDate)=\"([^\"]*)\"").matcher(xml);
				while (attribute.find()) {
					String value = attribute.group(2).replace("&#39;", "'");
					if (!value.matches(attribute.group(1).equals("formRef") ? formPattern : duePattern)) {
						refused.add(model.getFileName() + ": " + attribute.group(1) + "=" + value);
					}
				}
			}
		}
		assertThat(refused).isEmpty();
	}

	private static String constraint(Template template, String attribute) {
		return template.properties()
			.stream()
			.filter(property -> property.path("binding").path("name").asText().equals(attribute))
			.findFirst()
			.orElseThrow()
			.path("constraints")
			.path("pattern")
			.path("value")
			.asText();
	}

	@Test
	void findsTheBeansItChecksAgainst() {
		// The check above means something only if the scan finds the beans BPMN uses today.
		assertThat(processBeans).containsKeys("routing", "calendar", "residentRequests", "tips", "secondments",
				"issueRefusalDelegate", "grantCommuneAccessDelegate");
	}

	private static List<String> values(JsonNode property) {
		List<String> values = new ArrayList<>();
		if (property.has("value")) {
			values.add(property.path("value").asText());
		}
		property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
		return values;
	}

	private static boolean hasPublicMethod(Class<?> bean, String name, int arguments) {
		return Arrays.stream(bean.getMethods())
			.anyMatch(method -> method.getName().equals(name) && method.getParameterCount() == arguments);
	}

}
