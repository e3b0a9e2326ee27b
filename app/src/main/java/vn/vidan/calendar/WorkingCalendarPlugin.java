package vn.vidan.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Plugs the working-day calendar into the engine: user task due dates and timer durations count working time.
 * Cycles ({@code R/...}) keep wall-clock time.
 */
@Component
class WorkingCalendarPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<WorkingCalendar> calendar;

	WorkingCalendarPlugin(ObjectProvider<WorkingCalendar> calendar) {
		this.calendar = calendar;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		WorkingTimeBusinessCalendar workingTime = new WorkingTimeBusinessCalendar(calendar::getObject);
		MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
		calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, workingTime);
		calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, workingTime);
		calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		configuration.setBusinessCalendarManager(calendars);
	}

}
