package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every problem the code can raise has its words in {@code i18n/problems_vi.properties} (and so, by
 * MessageBundleTests, in English): each {@code ProblemException} code its title and detail, each answer refusal,
 * reason phrase, enum label and validation template its message. A key spelled wrong in the code fails here, not in
 * front of an officer.
 */
class ProblemKeysTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path BUNDLE = Path.of("src/main/resources/i18n/problems_vi.properties");

	/** Pattern → how a match becomes the keys it needs ({@code %s}: the matched code). */
	private static final Object[][] USES = {
			{ Pattern.compile("new ProblemException\\(\\s*HttpStatus\\.\\w+,\\s*\"([a-zA-Z.]+)\""),
					new String[] { "problem.%s.title", "problem.%s.detail" } },
			{ Pattern.compile("super\\(HttpStatus\\.\\w+,\\s*\"([a-zA-Z.]+)\""),
					new String[] { "problem.%s.title", "problem.%s.detail" } },
			{ Pattern.compile("conflict\\(\"([a-zA-Z.]+)\""), new String[] { "problem.%s.title", "problem.%s.detail" } },
			{ Pattern.compile("AnswerProblem\\.of\\([^,]+,\\s*\"([a-zA-Z.]+)\""), new String[] { "problem.%s" } },
			{ Pattern.compile("new NoCandidateException\\([^,]+,\\s*role,\\s*\"(\\w+)\""),
					new String[] { "problem.org.noCandidate.%s" } },
			{ Pattern.compile("new Invalid\\(\"(\\w+)\""), new String[] { "problem.secondment.matching.%s" } },
			{ Pattern.compile("\\{(problem\\.validation\\.[a-zA-Z.]+)\\}"), new String[] { "%s" } },
			{ Pattern.compile("ProblemException\\.phrase\\(\"([a-zA-Z.]+)\""), new String[] { "problem.%s" } } };

	@Test
	void everyProblemTheCodeRaisesHasItsWords() throws IOException {
		Properties words = load();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				for (Object[] use : USES) {
					Matcher match = ((Pattern) use[0]).matcher(source);
					while (match.find()) {
						String code = match.group(1);
						if (code.endsWith(".")) {
							continue; // a prefix completed at run time, checked below
						}
						for (String key : (String[]) use[1]) {
							if (!words.containsKey(key.formatted(code))) {
								missing.add(SOURCES.relativize(file) + ": " + key.formatted(code));
							}
						}
					}
				}
			}
		}
		assertThat(missing).as("problem keys used in the code but missing from " + BUNDLE).isEmpty();
	}

	@Test
	void everyEnumShownInAProblemHasItsWords() throws Exception {
		Properties words = load();
		Object[][] groups = { { "requestStatus", "vn.vidan.request.RequestStatus" },
				{ "waveStatus", "vn.vidan.secondment.WaveStatus" },
				{ "assignmentStatus", "vn.vidan.secondment.AssignmentStatus" },
				{ "unitFunction", "vn.vidan.org.UnitFunction" }, { "leaderRole", "vn.vidan.org.LeaderRole" },
				{ "dayOfWeek", DayOfWeek.class.getName() } };
		Set<String> missing = new TreeSet<>();
		for (Object[] group : groups) {
			for (Object value : Class.forName((String) group[1]).getEnumConstants()) {
				String key = "problem." + group[0] + "." + ((Enum<?>) value).name();
				if (!words.containsKey(key)) {
					missing.add(key);
				}
			}
		}
		for (String part : new String[] { "digits", "province", "century", "future" }) {
			if (!words.containsKey("problem.validation.personalId." + part)) {
				missing.add("problem.validation.personalId." + part);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noProblemMessageUsesAnApostropheThatMessageFormatWouldSwallow() throws IOException {
		Properties words = load();
		Set<String> apostrophes = new TreeSet<>();
		words.forEach((key, value) -> {
			if (value.toString().contains("'")) {
				apostrophes.add(key.toString());
			}
		});
		Properties english = load(Path.of("src/main/resources/i18n/problems_en.properties"));
		english.forEach((key, value) -> {
			if (value.toString().contains("'")) {
				apostrophes.add("en: " + key);
			}
		});
		assertThat(apostrophes).as("use ’ instead").isEmpty();
	}

	private static Properties load() throws IOException {
		return load(BUNDLE);
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
