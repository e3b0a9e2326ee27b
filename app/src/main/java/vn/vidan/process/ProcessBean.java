package vn.vidan.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * Marks a Spring bean that BPMN expressions may call. The engine resolves no other bean, and a deployment whose
 * BPMN names any other bean is refused. The bean name is the one expressions use, e.g.
 * {@code ${routing.groups(unitCode, 'UNIT_LEADER')}}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface ProcessBean {

	/** The bean name, as BPMN expressions spell it. */
	@AliasFor(annotation = Component.class)
	String value();

}
