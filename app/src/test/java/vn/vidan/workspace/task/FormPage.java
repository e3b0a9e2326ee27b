package vn.vidan.workspace.task;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.convert.support.DefaultConversionService;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The task page's form fragment ({@code task/page :: fields}) drawn by Thymeleaf as the app draws it. */
final class FormPage {

	private static final GenericApplicationContext BEANS = new GenericApplicationContext();

	private static final SpringTemplateEngine ENGINE = new SpringTemplateEngine();

	static {
		BEANS.registerBean("taskForm", TaskFormViews.class);
		BEANS.refresh();
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		ENGINE.setTemplateResolver(templates);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/task");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ENGINE.setTemplateEngineMessageSource(messages);
	}

	private FormPage() {
	}

	static String fields(FilledForm form, Map<String, String> fieldErrors, Locale locale) {
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(BEANS, DefaultConversionService.getSharedInstance()));
		context.setVariable("form", form);
		context.setVariable("fieldErrors", fieldErrors);
		return ENGINE.process("task/page", Set.of("fields"), context);
	}

	static String fields(FilledForm form) {
		return fields(form, Map.of(), Locale.forLanguageTag("vi"));
	}

}
