package vn.vidan.workspace.task;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the form's template asks about a component: the ids that
 * describe a field (hint, error), the HTML input type of a datetime, whether a change re-draws the form.
 */
@Component("taskForm")
public class TaskFormViews {

	/** The {@code aria-describedby} of a field: its hint and its error, or null for none. */
	public String describedBy(FormComponent component, boolean error) {
		List<String> ids = new ArrayList<>();
		if (component.description() != null) {
			ids.add(component.htmlId() + "-hint");
		}
		if (error) {
			ids.add(component.htmlId() + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	/** {@code date}, {@code time} or {@code datetime-local}, from a datetime's subtype. */
	public String dateTimeType(FormComponent component) {
		return switch (component.subtype() == null ? "datetime" : component.subtype()) {
			case "date" -> "date";
			case "time" -> "time";
			default -> "datetime-local";
		};
	}

	/** The element id of the n-th choice of a radio or checklist; the first carries the field's own id. */
	public String choiceId(FormComponent component, int index) {
		return index == 0 ? component.htmlId() : component.htmlId() + "-" + index;
	}

	/** Whether the field's value decides whether another field shows (then a change re-draws the form). */
	public boolean drives(CamundaForm form, FormComponent component) {
		return component.key() != null && form.drivesConditions(component.key());
	}

	/** Whether the form marks it optional: a field that may be left empty. */
	public boolean optional(FormComponent component) {
		return component.isInput() && !component.rules().required() && !"checkbox".equals(component.type());
	}

	/** Whether Vidan cannot draw the component (a type the forms do not use yet): the page says so. */
	public boolean unsupported(FormComponent component) {
		return !component.isInput() && !FormComponent.DISPLAYS.contains(component.type());
	}

}
