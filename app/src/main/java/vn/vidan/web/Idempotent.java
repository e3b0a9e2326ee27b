package vn.vidan.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST endpoint that creates something (a dossier, a tip, a supplement, a rating…): it takes an
 * {@code Idempotency-Key} header, and a retry with the same key and body gets the first answer back instead of a
 * second case. {@link IdempotencyFilter} does the work; the endpoint itself does not change.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

	/** The request header that carries the client's key. */
	String HEADER = "Idempotency-Key";

	/** Set to {@code true} on an answer that repeats the first one. */
	String REPLAYED = "Idempotent-Replayed";

}
