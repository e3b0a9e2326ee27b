package vn.vidan.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working time where a unit configures none: {@code sessions} such as {@code 07:30-11:30} on each of
 * {@code workdays}, in {@code zone}.
 */
@ConfigurationProperties("vidan.calendar")
public record CalendarSettings(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
		@DefaultValue({ "07:30-11:30", "13:30-17:00" }) List<String> sessions,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workdays) {
}
