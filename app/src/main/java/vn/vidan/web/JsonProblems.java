package vn.vidan.web;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;

/**
 * What went wrong reading a JSON body, for the filters that read one before the endpoint does. Bodies are parsed with
 * {@code STRICT_DUPLICATE_DETECTION} ({@code spring.jackson.parser.strict-duplicate-detection}): a key given twice
 * would let a filter read one value and the endpoint another.
 */
public final class JsonProblems {

	private JsonProblems() {
	}

	/** Whether reading failed because an object gave the same key twice. */
	public static boolean duplicateKey(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
					&& read.getOriginalMessage().startsWith("Duplicate field")) {
				return true;
			}
		}
		return false;
	}

	/** Whether reading failed because the body is no well-formed JSON (rather than JSON of the wrong shape). */
	public static boolean malformed(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StreamReadException && !(cause instanceof InputCoercionException)) {
				return true; // a number too large for its field is JSON of the wrong shape, named by its field
			}
		}
		return false;
	}

}
