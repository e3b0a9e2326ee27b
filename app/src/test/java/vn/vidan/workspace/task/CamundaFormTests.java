package vn.vidan.workspace.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every Camunda Form of {@code forms/} as the task page reads, draws, checks and submits it: each parses into
 * components Vidan draws, each renders with a label for every field, each form's rules are enforced, and hidden fields
 * are neither checked nor submitted.
 */
class CamundaFormTests {

	private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

	@Test
	void everyFormHasOnlyComponentsVidanDrawsAndConditionsItEvaluates() {
		for (Map.Entry<String, CamundaForm> entry : Forms.all().entrySet()) {
			CamundaForm form = entry.getValue();
			assertThat(form.components()).as(entry.getKey()).isNotEmpty();
			List<String> keys = new ArrayList<>();
			for (FormComponent component : form.components()) {
				assertThat(component.isInput() || FormComponent.DISPLAYS.contains(component.type()))
					.as("%s: %s of type %s is drawn", entry.getKey(), component.id(), component.type())
					.isTrue();
				if (component.isInput()) {
					assertThat(component.label()).as("%s: label of %s", entry.getKey(), component.key()).isNotBlank();
					assertThat(keys).as("%s: keys are unique", entry.getKey()).doesNotContain(component.key());
					keys.add(component.key());
				}
				if (component.hide() != null) {
					// evaluates without an unsupported-FEEL error, on an empty form and a filled one
					Feel.evaluate(component.hide(), Map.of());
					Feel.evaluate(component.hide(), Forms.submit(form, Forms.validAnswers(form)).answers());
				}
			}
		}
	}

	@Test
	void everyFormRendersEveryVisibleFieldWithItsLabelAndNoHiddenOne() {
		for (Map.Entry<String, CamundaForm> entry : Forms.all().entrySet()) {
			FilledForm filled = FilledForm.initial(entry.getValue(), Map.of());
			String html = FormPage.fields(filled);
			List<String> ids = new ArrayList<>();
			Matcher id = ID.matcher(html);
			while (id.find()) {
				ids.add(id.group(1));
			}
			assertThat(ids).as("%s: element ids are unique", entry.getKey()).doesNotHaveDuplicates();
			for (FilledForm.Field field : filled.fields()) {
				FormComponent c = field.component();
				if (c.isInput() && !field.hidden()) {
					assertThat(html).as("%s: %s is drawn", entry.getKey(), c.key())
						.contains("name=\"" + c.key() + "\"")
						.contains("id=\"" + c.htmlId() + "\"")
						.contains(escape(c.label()));
					boolean grouped = c.type().equals("radio") || c.isMultiple();
					assertThat(html).as("%s: %s has a label", entry.getKey(), c.key())
						.contains(grouped ? "<legend>" : "for=\"" + c.htmlId() + "\"");
					if (c.description() != null) {
						assertThat(html).contains("aria-describedby=\"" + c.htmlId() + "-hint\"");
					}
					for (FormComponent.Option option : c.options()) {
						assertThat(html).contains("value=\"" + option.value() + "\"").contains(escape(option.label()));
					}
				}
				if (c.isInput() && field.hidden()) {
					assertThat(html).as("%s: hidden %s is not drawn", entry.getKey(), c.key())
						.doesNotContain("name=\"" + c.key() + "\"");
				}
				if (c.type().equals("text")) {
					assertThat(html).as("%s: text %s", entry.getKey(), c.id()).contains(MarkdownText.toHtml(c.text()));
				}
			}
		}
	}

	@Test
	void theCompletenessFormShowsItsGuidanceInBoldAndTheMissingDocumentsUntilTheDossierIsComplete() {
		CamundaForm form = Forms.named("resident-request.check-completeness.form");
		String open = FormPage.fields(FilledForm.initial(form, Map.of()));
		assertThat(open).contains("<strong>một lần</strong>").contains("name=\"missingDocuments\"");
		String complete = FormPage.fields(FilledForm.initial(form, Map.of("dossierComplete", true)));
		assertThat(complete).doesNotContain("name=\"missingDocuments\"").contains("checked=\"checked\"");
		assertThat(open).contains("data-drives=\"true\"");
	}

	@Test
	void validAnswersPassEveryForm() {
		for (Map.Entry<String, CamundaForm> entry : Forms.all().entrySet()) {
			FilledForm filled = Forms.submit(entry.getValue(), Forms.validAnswers(entry.getValue()));
			assertThat(Forms.problemKeys(filled)).as(entry.getKey()).isEmpty();
		}
	}

	@Test
	void everyRequiredFieldLeftEmptyIsRefusedOnEveryForm() {
		int checked = 0;
		for (Map.Entry<String, CamundaForm> entry : Forms.all().entrySet()) {
			CamundaForm form = entry.getValue();
			for (FormComponent field : form.inputs()) {
				MultiValueMap<String, String> answers = Forms.validAnswers(form);
				if (!field.rules().required() || Forms.submit(form, answers).fields().stream()
					.anyMatch(f -> f.component() == field && f.hidden())) {
					continue;
				}
				answers.put(field.key(), List.of(field.type().equals("checkbox") ? "" : "  "));
				List<String> problems = Forms.problemKeys(Forms.submit(form, answers));
				assertThat(problems).as("%s without %s", entry.getKey(), field.key())
					.anyMatch(problem -> problem.startsWith(field.key() + ":required"));
				answers.remove(field.key());
				assertThat(Forms.problemKeys(Forms.submit(form, answers)))
					.as("%s with %s not sent", entry.getKey(), field.key())
					.anyMatch(problem -> problem.startsWith(field.key() + ":required"));
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(20);
	}

	@Test
	void numbersOutsideTheirRangeOrNotNumbersAreRefused() {
		int checked = 0;
		for (Map.Entry<String, CamundaForm> entry : Forms.all().entrySet()) {
			CamundaForm form = entry.getValue();
			for (FormComponent field : form.inputs()) {
				if (!field.type().equals("number")) {
					continue;
				}
				MultiValueMap<String, String> answers = Forms.validAnswers(form);
				answers.put(field.key(), List.of("mười"));
				assertThat(Forms.problemKeys(Forms.submit(form, answers))).contains(field.key() + ":number");
				if (field.rules().min() != null) {
					answers.put(field.key(), List.of(field.rules().min().subtract(java.math.BigDecimal.ONE).toPlainString()));
					assertThat(Forms.problemKeys(Forms.submit(form, answers))).as("%s below min", field.key())
						.contains(field.key() + ":min");
					checked++;
				}
			}
		}
		assertThat(checked).as("number fields with a minimum").isGreaterThanOrEqualTo(9);
	}

	@Test
	void choicesOutsideTheFormsValuesAreRefused() {
		for (Map.Entry<String, CamundaForm> entry : Forms.all().entrySet()) {
			CamundaForm form = entry.getValue();
			for (FormComponent field : form.inputs()) {
				if (!field.hasOptions()) {
					continue;
				}
				MultiValueMap<String, String> answers = Forms.validAnswers(form);
				answers.put(field.key(), List.of("NOT_A_CHOICE"));
				assertThat(Forms.problemKeys(Forms.submit(form, answers))).as(entry.getKey())
					.contains(field.key() + ":choice");
			}
		}
	}

	/**
	 * For every conditional field of every form, a state of the other answers that hides it: then it may stay empty
	 * (no problem) and is not submitted, even if the officer typed something before it was hidden.
	 */
	@Test
	void hiddenFieldsAreNeitherValidatedNorSubmittedOnEveryForm() {
		int checked = 0;
		for (Map.Entry<String, CamundaForm> entry : Forms.all().entrySet()) {
			CamundaForm form = entry.getValue();
			for (FormComponent field : form.inputs()) {
				if (field.hide() == null) {
					continue;
				}
				MultiValueMap<String, String> hiding = stateHiding(form, field);
				assertThat(hiding).as("%s: a state hides %s", entry.getKey(), field.key()).isNotNull();
				hiding.put(field.key(), List.of(""));
				FilledForm empty = Forms.submit(form, hiding);
				assertThat(Forms.problemKeys(empty)).as("%s: hidden %s", entry.getKey(), field.key())
					.noneMatch(problem -> problem.startsWith(field.key() + ":"));
				hiding.put(field.key(), List.of("typed before it was hidden"));
				assertThat(Forms.submit(form, hiding).answers()).as("%s: hidden %s", entry.getKey(), field.key())
					.doesNotContainKey(field.key());
				checked++;
			}
		}
		assertThat(checked).as("conditional fields").isGreaterThanOrEqualTo(4);
	}

	private static MultiValueMap<String, String> stateHiding(CamundaForm form, FormComponent field) {
		for (String name : Feel.names(field.hide())) {
			FormComponent driver = form.inputs().stream().filter(c -> c.key().equals(name)).findFirst().orElseThrow();
			List<String> tries = new ArrayList<>(List.of("true", ""));
			driver.options().forEach(option -> tries.add(option.value()));
			for (String value : tries) {
				MultiValueMap<String, String> answers = Forms.validAnswers(form);
				answers.put(name, List.of(value));
				boolean hidden = Forms.submit(form, answers).fields().stream()
					.anyMatch(f -> f.component() == field && f.hidden());
				if (hidden) {
					return answers;
				}
			}
		}
		return null;
	}

	@Test
	void theCompletenessFormRefusesAnIncompleteDossierWithoutTheMissingDocuments() {
		CamundaForm form = Forms.named("resident-request.check-completeness.form");
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		answers.addAll(FilledForm.DRAWN, List.of("dossierComplete", "missingDocuments"));
		answers.add("missingDocuments", "");
		assertThat(Forms.problemKeys(Forms.submit(form, answers))).containsExactly("missingDocuments:required");
		answers.add("dossierComplete", "true");
		FilledForm complete = Forms.submit(form, answers);
		assertThat(Forms.problemKeys(complete)).isEmpty();
		assertThat(complete.answers()).containsOnlyKeys("dossierComplete").containsEntry("dossierComplete", true);
	}

	@Test
	void aRefusalNeedsItsReasonAndAPostalHandOverItsTrackingNumber() {
		CamundaForm decide = Forms.named("resident-request.decide.form");
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		answers.addAll(FilledForm.DRAWN, List.of("decision"));
		answers.add("decision", "REFUSE");
		// The reason was hidden when the page was drawn; choosing REFUSE shows it, and it is required.
		assertThat(Forms.problemKeys(Forms.submit(decide, answers))).containsExactly("refusalReason:required");
		answers.set("decision", "APPROVE");
		assertThat(Forms.problemKeys(Forms.submit(decide, answers))).isEmpty();
		assertThat(Forms.submit(decide, answers).answers()).containsOnlyKeys("decision");

		CamundaForm handOver = Forms.named("resident-request.hand-over.form");
		MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
		post.addAll(FilledForm.DRAWN, List.of("handOverMethod", "trackingNumber"));
		post.add("handOverMethod", "POST");
		post.add("trackingNumber", "");
		assertThat(Forms.problemKeys(Forms.submit(handOver, post))).containsExactly("trackingNumber:required");
		post.set("trackingNumber", "EB123456789VN");
		assertThat(Forms.submit(handOver, post).answers()).containsEntry("trackingNumber", "EB123456789VN");
	}

	@Test
	void answersAreTypedForTheEngine() {
		CamundaForm report = Forms.named("secondment.file-report.form");
		MultiValueMap<String, String> answers = Forms.validAnswers(report);
		FormComponent first = report.inputs().stream().filter(c -> c.type().equals("number")).findFirst().orElseThrow();
		answers.put(first.key(), List.of("1.500"));
		VariableMap typed = Forms.submit(report, answers).answers();
		assertThat(typed.get(first.key())).isEqualTo(1500L);
		answers.put(first.key(), List.of("2,5"));
		assertThat(Forms.submit(report, answers).answers().get(first.key())).isEqualTo(2.5d);

		CamundaForm check = Forms.named("resident-request.check-completeness.form");
		MultiValueMap<String, String> incomplete = Forms.validAnswers(check);
		incomplete.remove("dossierComplete");
		VariableMap values = Forms.submit(check, incomplete).answers();
		assertThat(values.get("dossierComplete")).isEqualTo(false);
		assertThat(values.get("missingDocuments")).isInstanceOf(String.class);
	}

	@Test
	void vietnameseAndEnglishThousandsAreRead() {
		Locale vi = Locale.forLanguageTag("vi");
		assertThat(FilledForm.parseNumber("1.500.000", vi)).isEqualByComparingTo("1500000");
		assertThat(FilledForm.parseNumber("1.500.000,5", vi)).isEqualByComparingTo("1500000.5");
		assertThat(FilledForm.parseNumber("1,500,000", Locale.ENGLISH)).isEqualByComparingTo("1500000");
		assertThat(FilledForm.parseNumber("2,5", vi)).isEqualByComparingTo("2.5");
		assertThat(FilledForm.parseNumber(" 42 ", vi)).isEqualByComparingTo("42");
		assertThat(FilledForm.parseNumber("1.2.3", vi)).isNull();
		assertThat(FilledForm.parseNumber("12abc", vi)).isNull();
	}

	/** Rules the forms of {@code forms/} do not use yet, on a form written for the test. */
	@Test
	void lengthPatternMaximumEmailAndSelectRulesAreEnforced() {
		CamundaForm form = CamundaForm.parse("""
				{"components":[
				 {"id":"A","key":"code","type":"textfield","label":"Mã","validate":{"minLength":3,"maxLength":5,"pattern":"^[A-Z]+$"}},
				 {"id":"B","key":"count","type":"number","label":"Số","validate":{"max":10}},
				 {"id":"C","key":"mail","type":"textfield","label":"Thư","validate":{"validationType":"email"}},
				 {"id":"D","key":"kind","type":"select","label":"Loại","values":[{"label":"Một","value":"ONE"}],"validate":{"required":true}},
				 {"id":"E","key":"tags","type":"checklist","label":"Nhãn","values":[{"label":"X","value":"X"},{"label":"Y","value":"Y"}]},
				 {"id":"F","key":"when","type":"datetime","subtype":"date","label":"Ngày","validate":{"required":true}},
				 {"id":"G","type":"group","components":[{"id":"H","key":"inner","type":"textarea","label":"Trong nhóm"}]}
				]}""");
		assertThat(form.inputs()).extracting(FormComponent::key)
			.containsExactly("code", "count", "mail", "kind", "tags", "when", "inner");
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		form.inputs().forEach(c -> answers.add(FilledForm.DRAWN, c.key()));
		answers.add("code", "AB");
		answers.add("count", "11");
		answers.add("mail", "not-an-address");
		answers.add("kind", "TWO");
		answers.addAll("tags", List.of("X", "Z"));
		assertThat(Forms.problemKeys(Forms.submit(form, answers))).containsExactly("code:minLength", "count:max",
				"mail:email", "kind:choice", "tags:choice", "when:required");
		answers.set("code", "ABCDEF");
		assertThat(Forms.problemKeys(Forms.submit(form, answers))).contains("code:maxLength");
		answers.set("code", "AB1");
		assertThat(Forms.problemKeys(Forms.submit(form, answers))).contains("code:pattern");
		answers.set("code", "ABC");
		answers.set("count", "10");
		answers.set("mail", "a@b.vn");
		answers.set("kind", "ONE");
		answers.put("tags", List.of("X", "Y"));
		answers.set("when", "2026-03-09");
		FilledForm valid = Forms.submit(form, answers);
		assertThat(Forms.problemKeys(valid)).isEmpty();
		assertThat(valid.answers()).containsEntry("tags", "X,Y").containsEntry("count", 10L)
			.containsEntry("when", "2026-03-09");
		String html = FormPage.fields(valid);
		assertThat(html).contains("type=\"date\"").contains("<select").contains("<option value=\"ONE\" selected=\"selected\"")
			.contains("name=\"inner\"");
	}

	@Test
	void errorsAreDrawnBesideTheirFieldAndDescribeIt() {
		CamundaForm form = Forms.named("resident-request.check-completeness.form");
		FormComponent missing = form.inputs().get(1);
		String html = FormPage.fields(FilledForm.initial(form, Map.of()),
				Map.of(missing.id(), "Hãy điền «Giấy tờ cần bổ sung (liệt kê đủ một lần)»."), Locale.forLanguageTag("vi"));
		assertThat(html).contains("field--error")
			.contains("id=\"" + missing.htmlId() + "-error\"")
			.contains("aria-describedby=\"" + missing.htmlId() + "-error\"")
			.contains("aria-invalid=\"true\"")
			.contains("Lỗi:");
	}

	@Test
	void aTextsMarkdownIsEscapedBeforeItIsFormatted() {
		assertThat(MarkdownText.toHtml("Liệt kê **một lần** *tất cả*")).isEqualTo(
				"<p>Liệt kê <strong>một lần</strong> <em>tất cả</em></p>");
		assertThat(MarkdownText.toHtml("<script>alert(1)</script> **b**"))
			.isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>b</strong></p>");
		assertThat(MarkdownText.toHtml("- một\n- hai\n\nĐoạn `mã`")).isEqualTo(
				"<ul><li>một</li><li>hai</li></ul><p>Đoạn <code>mã</code></p>");
		assertThat(MarkdownText.toHtml("[xem](/requests/1) [x](javascript:alert(1)) [y](//evil.example)"))
			.contains("<a href=\"/requests/1\">xem</a>")
			.doesNotContain("href=\"javascript")
			.doesNotContain("href=\"//");
		assertThat(MarkdownText.toHtml("GET /api/secondments/waves/{mã đợt}")).contains("{mã đợt}");
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
