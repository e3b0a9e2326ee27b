package vn.vidan.inbox;

import java.util.Locale;

/**
 * The columns a list sorts on, each with the SQL expression it orders by (never null, so keyset paging needs no NULL
 * case) and whether it is a time.
 */
public enum InboxSort {

	DUE("t.due_at", true), CREATED("t.created_at", true), CASE("t.case_code", false),
	SUBJECT("COALESCE(t.subject, '')", false), PROCEDURE("COALESCE(t.procedure_code, '')", false),
	STEP("COALESCE(t.task_name, '')", false), UNIT("t.unit_code", false), ASSIGNEE("COALESCE(t.assignee, '')", false),
	COMPLETED("COALESCE(t.completed_at, t.created_at)", true);

	private final String expression;

	private final boolean time;

	InboxSort(String expression, boolean time) {
		this.expression = expression;
		this.time = time;
	}

	String expression() {
		return expression;
	}

	boolean isTime() {
		return time;
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The sort a URL names, else the list's own default (due time; the done list: latest first). */
	public static InboxSort of(String param, InboxList list) {
		if (param != null) {
			for (InboxSort sort : values()) {
				if (sort.param().equals(param.trim().toLowerCase(Locale.ROOT))) {
					return sort;
				}
			}
		}
		return list == InboxList.DONE ? COMPLETED : DUE;
	}

}
