package vn.vidan.workspace.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Every Camunda Form of {@code forms/}, as the app deploys them, and answers to fill them with. */
final class Forms {

	private Forms() {
	}

	/** Every form by file name, read from the class path the app deploys from; checked against {@code forms/}. */
	static Map<String, CamundaForm> all() {
		Map<String, CamundaForm> forms = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:vidan/forms/**/*.form")) {
				try (InputStream json = resource.getInputStream()) {
					forms.put(resource.getFilename(), CamundaForm.parse(json));
				}
			}
			try (Stream<Path> files = Files.list(Path.of("../forms/src/main/resources"))) {
				List<String> sources = files.map(path -> path.getFileName().toString())
					.filter(name -> name.endsWith(".form"))
					.toList();
				assertThat(forms.keySet()).as("forms on the class path").containsExactlyInAnyOrderElementsOf(sources);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertThat(forms).isNotEmpty();
		return forms;
	}

	static CamundaForm named(String fileName) {
		CamundaForm form = all().get(fileName);
		assertThat(form).as(fileName).isNotNull();
		return form;
	}

	/**
	 * Answers that satisfy every rule of the form: the first option of each choice, a ticked checkbox, a number at its
	 * minimum (or 1), text long enough.
	 */
	static MultiValueMap<String, String> validAnswers(CamundaForm form) {
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		for (FormComponent field : form.inputs()) {
			answers.add(FilledForm.DRAWN, field.key());
			answers.add(field.key(), validAnswer(field));
		}
		return answers;
	}

	static String validAnswer(FormComponent field) {
		return switch (field.type()) {
			case "checkbox" -> "true";
			case "number" -> field.rules().min() == null ? "1" : field.rules().min().toPlainString();
			case "radio", "select", "checklist", "taglist" -> field.options().get(0).value();
			case "datetime" -> "2026-03-09T08:30";
			default -> "Nội dung trả lời đủ dài".repeat(Math.max(1,
					field.rules().minLength() == null ? 1 : field.rules().minLength() / 10 + 1));
		};
	}

	static FilledForm submit(CamundaForm form, MultiValueMap<String, String> answers) {
		return submit(form, answers, Map.of());
	}

	static FilledForm submit(CamundaForm form, MultiValueMap<String, String> answers, Map<String, ?> variables) {
		Function<String, List<String>> parameters = name -> answers.getOrDefault(name, List.of());
		return FilledForm.submitted(form, variables, parameters, Locale.forLanguageTag("vi"));
	}

	static List<String> problemKeys(FilledForm filled) {
		List<String> keys = new ArrayList<>();
		FormValidation.problems(filled).forEach(problem -> keys.add(problem.component().key() + ":" + problem.code()));
		return keys;
	}

}
