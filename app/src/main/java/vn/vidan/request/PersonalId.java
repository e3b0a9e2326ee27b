package vn.vidan.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A 12-digit personal ID number (số định danh cá nhân): a known province code of birth registration, a century and
 * sex digit, and a birth year that is not in the future. Null passes; add {@code @NotNull} where it is required.
 */
@Documented
@Constraint(validatedBy = PersonalIdValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalId {

	String message() default "{problem.validation.personalId}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
