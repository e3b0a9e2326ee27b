package vn.vidan.calendar;

/** Published after days off, make-up days, office sessions or service windows change. */
public record CalendarChanged() {
}
