package vn.vidan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page string exists in Vietnamese and in English: each {@code *_vi.properties} has an {@code _en} twin with
 * the same keys, no value is blank, and every literal {@code #{key}} in a template is defined.
 */
class MessageBundleTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	@Test
	void everyVietnameseKeyHasAnEnglishTwinAndBack() throws IOException {
		for (Path vietnamese : bundles()) {
			Path english = vietnamese.resolveSibling(vietnamese.getFileName().toString().replace("_vi.", "_en."));
			assertThat(english).as("English twin of " + vietnamese).exists();
			Properties vi = load(vietnamese);
			Properties en = load(english);
			assertThat(en.stringPropertyNames()).as("keys of " + english)
				.containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
			for (Properties bundle : new Properties[] { vi, en }) {
				bundle.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
			}
		}
	}

	@Test
	void everyKeyATemplateNamesIsDefined() throws IOException {
		Set<String> defined = new TreeSet<>();
		for (Path vietnamese : bundles()) {
			defined.addAll(load(vietnamese).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
				while (key.find()) {
					if (!defined.contains(key.group(1))) {
						missing.add(RESOURCES.relativize(template) + ": " + key.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
	}

	private static Set<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			Set<Path> found = new TreeSet<>(files.filter(path -> path.toString().endsWith("_vi.properties")).toList());
			assertThat(found).as("message bundles").isNotEmpty();
			return found;
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
