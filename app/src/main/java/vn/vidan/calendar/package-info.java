/**
 * The working-day calendar: office sessions per unit, public holidays and make-up working days, service windows
 * (after-hours shifts, weekend service). Statutory deadlines, task due dates and BPMN timers count in its working
 * time. Serves every process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package vn.vidan.calendar;
