package vn.vidan.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the caller can act on. The API answers it as RFC 7807 {@code application/problem+json} with the given
 * status; its title and detail are looked up in {@code i18n/problems_*.properties} when the response is written, in the
 * caller's language (Vietnamese unless {@code Accept-Language} asks for English):
 * {@code new ProblemException(HttpStatus.CONFLICT, "request.tooLateToWithdraw", receiptCode, status)} reads
 * {@code problem.request.tooLateToWithdraw.title} and {@code problem.request.tooLateToWithdraw.detail} with the
 * arguments {@code {0}}, {@code {1}}. An argument may itself be a {@link MessageSourceResolvable} (see
 * {@link #label(String, Enum)}), resolved in the same language. The code is also sent as the problem's {@code code}
 * property, the same in every language. Arguments never carry personal data (names, ID numbers, phones).
 */
public class ProblemException extends ErrorResponseException {

	/** Every key a problem names starts with this. */
	public static final String PREFIX = "problem.";

	private final String code;

	public ProblemException(HttpStatus status, String code, Object... arguments) {
		super(status, ProblemDetail.forStatus(status), null, PREFIX + code + ".detail", arguments.clone());
		this.code = code;
		getBody().setProperty("code", code);
	}

	/**
	 * A problem its feature has already put into the reader's words from its own bundle (the inbox's refusals, which
	 * list several cases at once): the title and detail are sent as they are, in every answer.
	 */
	public static ProblemException worded(HttpStatus status, String title, String detail) {
		return new Worded(status, title, detail);
	}

	/** The problem's key without {@link #PREFIX} and suffix, e.g. {@code request.tooLateToWithdraw}. */
	public String getCode() {
		return code;
	}

	@Override
	public String getTitleMessageCode() {
		return PREFIX + code + ".title";
	}

	/** Tells the caller when to try again ({@code Retry-After}, in whole seconds, at least 1). */
	public ProblemException retryAfter(long seconds) {
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, seconds)));
		return this;
	}

	/** Adds a property to the problem document, e.g. the offending code. */
	protected final void with(String name, Object value) {
		getBody().setProperty(name, value);
	}

	/** For logs: the code and the arguments, in no particular language. */
	@Override
	public String getMessage() {
		Object[] arguments = getDetailMessageArguments();
		return getStatusCode().value() + " " + code + (arguments == null || arguments.length == 0 ? ""
				: Arrays.stream(arguments).map(ProblemException::plain).collect(Collectors.joining(", ", " [", "]")));
	}

	/**
	 * An enum value as words of the caller's language: {@code problem.<group>.<NAME>} in the bundle, else its name.
	 * E.g. {@code label("requestStatus", RequestStatus.CLOSED)}.
	 */
	public static MessageSourceResolvable label(String group, Enum<?> value) {
		return new DefaultMessageSourceResolvable(new String[] { PREFIX + group + "." + value.name() }, value.name());
	}

	/** A phrase of the bundle ({@code problem.<code>}) used as an argument of another message. */
	public static MessageSourceResolvable phrase(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { PREFIX + code }, arguments, code);
	}

	private static String plain(Object argument) {
		if (!(argument instanceof MessageSourceResolvable resolvable)) {
			return String.valueOf(argument);
		}
		String name = resolvable.getDefaultMessage() != null ? resolvable.getDefaultMessage()
				: String.join("|", resolvable.getCodes());
		Object[] arguments = resolvable.getArguments();
		return arguments == null || arguments.length == 0 ? name
				: name + Arrays.stream(arguments).map(ProblemException::plain).collect(Collectors.joining(", ", "(", ")"));
	}

	/** A problem whose words are already chosen; {@link #updateAndGetBody} keeps them. */
	private static final class Worded extends ProblemException {

		private static final String CODE = "worded";

		Worded(HttpStatus status, String title, String detail) {
			super(status, CODE);
			getBody().setTitle(title);
			getBody().setDetail(detail);
		}

		@Override
		public ProblemDetail updateAndGetBody(MessageSource messageSource, Locale locale) {
			return getBody();
		}

		@Override
		public String getMessage() {
			return getStatusCode().value() + " " + getBody().getDetail();
		}

	}

}
