package vn.vidan.process;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing wrong with an officer's answers to a user task: the answer (process variable) it concerns, and a message
 * of {@code i18n/problems_*.properties} ({@code problem.answer.…}) that says what to do, in the reader's language.
 * Resolve it with a {@code MessageSource} (it is a {@link MessageSourceResolvable}) or
 * {@link vn.vidan.web.ProblemMessages#text(MessageSourceResolvable)}. The usual arguments are the field's words
 * ({@code problem.field.<name>}, else its name) and its name; messages never repeat the value that was given.
 */
public record AnswerProblem(String field, String code, Object[] arguments) implements MessageSourceResolvable {

	private static final String PREFIX = "problem.";

	/** A message about {@code field} whose arguments are its words, its name, then {@code more}. */
	public static AnswerProblem of(String field, String code, Object... more) {
		Object[] arguments = new Object[more.length + 2];
		arguments[0] = label(field);
		arguments[1] = field;
		System.arraycopy(more, 0, arguments, 2, more.length);
		return new AnswerProblem(field, code, arguments);
	}

	/** {@code field} must be given: "answer.required". */
	public static AnswerProblem required(String field) {
		return of(field, "answer.required");
	}

	/** {@code field} must be one of {@code allowed}: "answer.oneOf". */
	public static AnswerProblem oneOf(String field, String... allowed) {
		return of(field, "answer.oneOf", String.join(", ", allowed));
	}

	/** {@code field} is longer than {@code max} characters: "answer.tooLong". */
	public static AnswerProblem tooLong(String field, int max) {
		return of(field, "answer.tooLong", String.valueOf(max));
	}

	/** The words for an answer's field, {@code problem.field.<name>}, else the name itself. */
	public static MessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable(new String[] { PREFIX + "field." + field }, field);
	}

	@Override
	public String[] getCodes() {
		return new String[] { PREFIX + code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return field + ": " + code;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AnswerProblem problem && field.equals(problem.field) && code.equals(problem.code)
				&& Arrays.deepEquals(arguments, problem.arguments);
	}

	@Override
	public int hashCode() {
		return 31 * field.hashCode() + code.hashCode();
	}

	@Override
	public String toString() {
		return getDefaultMessage();
	}

}
