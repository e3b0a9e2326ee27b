package vn.vidan.calendar;

import java.util.Date;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;

/**
 * Working-time deadlines as BPMN sees them, for a timer or a service task that keeps the date in a variable:
 * {@code ${calendar.deadline(unitCode, 'P5D')}} is five working days from now in the unit's office sessions, holidays
 * and make-up days counted. The element template "Tính hạn theo ngày làm việc" writes it for designers.
 */
@ProcessBean("calendar")
public class CalendarProcessBean {

	private final WorkingCalendar calendar;

	CalendarProcessBean(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** {@code duration} (P5D, PT4H) of the unit's working time from the engine's now. */
	public Date deadline(String unitCode, String duration) {
		return Date.from(calendar.deadline(EngineClock.now(), duration, unitCode));
	}

}
