package vn.vidan.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * Puts problems into words, in the caller's language: Vietnamese unless the request asked for English (for APIs,
 * {@code Accept-Language}; see {@link ApiLocaleFilter}). For code that answers outside Spring MVC (security's 401/403,
 * filters in front of Camunda's REST API) and for task listeners that refuse a completion inside the engine.
 */
@Component
public class ProblemMessages {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final ObjectMapper json;

	ProblemMessages(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The language of the current request: English if it asked for English, else Vietnamese. */
	public static Locale locale() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
	}

	/** The problem document with its title and detail in the current language. */
	public ProblemDetail body(ErrorResponse problem) {
		return problem.updateAndGetBody(messages, locale());
	}

	/** One message of the bundles in the current language. */
	public String text(MessageSourceResolvable message) {
		return messages.getMessage(message, locale());
	}

	/** Several messages, one sentence after the other. */
	public String text(List<? extends MessageSourceResolvable> sentences) {
		return sentences.stream().map(this::text).collect(Collectors.joining(" "));
	}

	/** Answers the request with this problem as {@code application/problem+json}. */
	public void write(HttpServletRequest request, HttpServletResponse response, ErrorResponse problem)
			throws IOException {
		ProblemDetail body = body(problem);
		body.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatusCode().value());
		SecurityHeaders.write(request, response);
		problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", locale().toLanguageTag());
		json.writeValue(response.getOutputStream(), body);
	}

}
