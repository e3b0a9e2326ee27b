package vn.vidan.calendar;

import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's business calendar for due dates and timer durations: {@code P3D} on a user task or a timer is three
 * working days, {@code PT4H} four working hours. A user task counts in the office sessions of its process's
 * {@code unitCode}; timers in the national ones. Absolute dates pass through unchanged.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

	static final String UNIT_CODE_VARIABLE = "unitCode";

	private final Supplier<WorkingCalendar> calendar;

	private final DueDateBusinessCalendar absoluteDates = new DueDateBusinessCalendar();

	WorkingTimeBusinessCalendar(Supplier<WorkingCalendar> calendar) {
		this.calendar = calendar;
	}

	@Override
	public Date resolveDuedate(String description) {
		return resolveDuedate(description, (Date) null);
	}

	@Override
	public Date resolveDuedate(String description, Date startDate) {
		return resolve(description, startDate, null);
	}

	@Override
	public Date resolveDuedate(String description, Task task) {
		Object unitCode = task instanceof VariableScope scope ? scope.getVariable(UNIT_CODE_VARIABLE) : null;
		return resolve(description, null, unitCode == null ? null : unitCode.toString());
	}

	private Date resolve(String description, Date startDate, String unitCode) {
		String text = description == null ? "" : description.trim();
		if (!text.startsWith("P")) {
			return absoluteDates.resolveDuedate(text, startDate);
		}
		Instant from = (startDate != null ? startDate : ClockUtil.getCurrentTime()).toInstant();
		return Date.from(calendar.get().deadline(from, text, unitCode));
	}

}
