package vn.vidan.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models and forms Vidan ships, from the {@code processes} and {@code forms} modules on the class path, by the name
 * they deploy under ({@code processes/request/resident-request.bpmn}, {@code forms/resident-request.verify.form}), and
 * the forms and decisions by id, so a deployment that lacks one can be completed from here.
 */
@Component
public class ProcessResources {

	private static final String[] PATTERNS = { "classpath*:vidan/processes/**/*.bpmn",
			"classpath*:vidan/processes/**/*.dmn", "classpath*:vidan/forms/**/*.form" };

	private static final Pattern DECISION_ID = Pattern.compile("<(?:\\w+:)?decision\\s[^>]*?\\bid=\"([^\"]+)\"");

	private final Map<String, byte[]> byName;

	private final Map<String, String> formNames = new LinkedHashMap<>();

	private final Map<String, String> decisionNames = new LinkedHashMap<>();

	public ProcessResources() {
		this.byName = Collections.unmodifiableMap(load());
		ObjectMapper json = new ObjectMapper();
		byName.forEach((name, bytes) -> {
			if (name.endsWith(".form")) {
				formNames.put(formId(json, name, bytes), name);
			}
			else if (name.endsWith(".dmn")) {
				decisionIds(bytes).forEach(id -> decisionNames.put(id, name));
			}
		});
	}

	/** Every resource, by the name it deploys under. */
	public Map<String, byte[]> all() {
		return byName;
	}

	/** The resource name of the form with this id ({@code resident-request.verify}), if Vidan ships it. */
	public String formResource(String formId) {
		return formNames.get(formId);
	}

	/** The resource name of the DMN holding the decision with this id, if Vidan ships it. */
	public String decisionResource(String decisionId) {
		return decisionNames.get(decisionId);
	}

	public InputStream open(String name) {
		return new ByteArrayInputStream(byName.get(name));
	}

	/** The ids of the decisions a DMN file holds. */
	public static Set<String> decisionIds(byte[] dmn) {
		Set<String> ids = new LinkedHashSet<>();
		Matcher decision = DECISION_ID.matcher(new String(dmn, StandardCharsets.UTF_8));
		while (decision.find()) {
			ids.add(decision.group(1));
		}
		return ids;
	}

	/** A Camunda Form's id, from its JSON. */
	public static String formId(ObjectMapper json, String name, byte[] bytes) {
		try {
			JsonNode id = json.readTree(bytes).path("id");
			return id.isTextual() ? id.asText() : null;
		}
		catch (IOException e) {
			return null; // not a form: the engine refuses it with its own words
		}
	}

	private static Map<String, byte[]> load() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, byte[]> resources = new LinkedHashMap<>();
		try {
			List<Resource> found = new ArrayList<>();
			for (String pattern : PATTERNS) {
				found.addAll(List.of(resolver.getResources(pattern)));
			}
			for (Resource resource : found) {
				try (InputStream in = resource.getInputStream()) {
					resources.put(nameOf(resource), in.readAllBytes());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the process resources", e);
		}
		return resources;
	}

	/** The path below {@code vidan/}, e.g. {@code processes/request/resident-request.bpmn}. */
	private static String nameOf(Resource resource) throws IOException {
		String url = resource.getURL().toString();
		return url.substring(url.lastIndexOf("vidan/") + "vidan/".length());
	}

}
