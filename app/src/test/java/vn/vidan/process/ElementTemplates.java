package vn.vidan.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Vidan's Camunda 7 element templates, as Camunda Modeler reads them from {@code processes/element-templates/}. */
final class ElementTemplates {

	static final Path FOLDER = Path.of("..", "processes", "element-templates");

	private static final ObjectMapper JSON = new ObjectMapper();

	private ElementTemplates() {
	}

	record Template(String file, JsonNode json) {

		String id() {
			return json.path("id").asText();
		}

		List<String> appliesTo() {
			List<String> types = new ArrayList<>();
			json.path("appliesTo").forEach(type -> types.add(type.asText()));
			return types;
		}

		List<JsonNode> properties() {
			List<JsonNode> properties = new ArrayList<>();
			json.path("properties").forEach(properties::add);
			return properties;
		}

		@Override
		public String toString() {
			return file;
		}

	}

	static List<Template> all() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(file -> file.toString().endsWith(".json"))
				.sorted()
				.map(ElementTemplates::read)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static JsonNode readJson(Path file) {
		try {
			return JSON.readTree(file.toFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Template read(Path file) {
		return new Template(file.getFileName().toString(), readJson(file));
	}

}
