package vn.vidan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.UnknownUnitException;

/**
 * Deadlines over the seeded calendar: office sessions 07:30-11:30 and 13:30-17:00, Monday to Friday, in Vietnam's time
 * zone, with the national days off of 2025-2027.
 */
@DataJpaTest
@Import({ WorkingCalendar.class, OrgDirectory.class })
@ImportAutoConfiguration(JdbcTemplateAutoConfiguration.class)
@EnableConfigurationProperties(CalendarSettings.class)
class WorkingCalendarTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
	}

	private Instant due(String from, String duration) {
		return calendar.deadline(at(from), duration, null);
	}

	@Test
	void skipsTheWeekend() {
		assertThat(due("2026-03-06T09:00", "P1D")).isEqualTo(at("2026-03-09T09:00"));
		assertThat(due("2026-03-06T15:00", "PT4H")).isEqualTo(at("2026-03-09T09:30"));
	}

	@Test
	void keepsTheTimeOfDayForWholeWorkingDays() {
		assertThat(due("2026-03-09T09:00", "P3D")).isEqualTo(at("2026-03-12T09:00"));
	}

	@Test
	void skipsTet2026() {
		// Offices closed Saturday 14 to Sunday 22 February 2026.
		assertThat(due("2026-02-13T10:00", "P3D")).isEqualTo(at("2026-02-25T10:00"));
		assertThat(calendar.of(null).isWorkingDay(at("2026-02-18T10:00").atZone(VIETNAM).toLocalDate())).isFalse();
	}

	@Test
	void skipsTet2027WithItsCompensatoryDays() {
		// Mùng 1 and 2 fall on Saturday 6 and Sunday 7 February 2027: Wednesday 10 and Thursday 11 are given back.
		assertThat(due("2027-02-04T09:00", "P1D")).isEqualTo(at("2027-02-12T09:00"));
		assertThat(due("2027-02-04T09:00", "P2D")).isEqualTo(at("2027-02-15T09:00"));
	}

	@Test
	void countsAnAnnouncedMakeUpSaturdayAndSkipsTheSwappedFriday() {
		assertThat(due("2025-04-25T09:00", "P1D")).isEqualTo(at("2025-04-26T09:00"));
		assertThat(due("2025-04-29T09:00", "P1D")).isEqualTo(at("2025-05-05T09:00"));
	}

	@Test
	void startsTheClockAtTheNextSessionForIntakeInAnAfterHoursShift() {
		Instant evening = at("2026-03-09T18:30");

		assertThat(calendar.serviceWindowAt("HOAMINH", evening)).contains(ServiceWindowKind.AFTER_HOURS);
		assertThat(calendar.of("HOAMINH").isWorkingMoment(evening)).isFalse();
		// Clock starts Tuesday 07:30; three working days end on Thursday evening.
		assertThat(calendar.deadline(evening, "P3D", "HOAMINH")).isEqualTo(at("2026-03-12T17:00"));
		assertThat(calendar.deadline(evening, "PT2H", "HOAMINH")).isEqualTo(at("2026-03-10T09:30"));
	}

	@Test
	void tagsOnlyTheShiftsTheUnitRuns() {
		assertThat(calendar.serviceWindowAt("HOAMINH", at("2026-03-14T09:00"))).contains(ServiceWindowKind.AFTER_HOURS);
		assertThat(calendar.serviceWindowAt("DAKNIA", at("2026-03-14T09:00"))).contains(ServiceWindowKind.WEEKEND);
		assertThat(calendar.serviceWindowAt("HOAMINH", at("2026-03-09T09:00"))).isEmpty();
		assertThat(calendar.serviceWindowAt("TAMTHANG", at("2026-03-09T18:30"))).isEmpty();
	}

	@Test
	void countsHoursAcrossTheLunchBreakAndTheNight() {
		assertThat(due("2026-03-09T10:30", "PT4H")).isEqualTo(at("2026-03-09T16:30"));
		assertThat(due("2026-03-09T09:00", "PT8H")).isEqualTo(at("2026-03-10T09:30"));
		assertThat(due("2026-03-09T12:00", "PT30M")).isEqualTo(at("2026-03-09T14:00"));
		assertThat(due("2026-03-09T09:00", "P1DT2H")).isEqualTo(at("2026-03-10T11:00"));
	}

	@Test
	void startsOnTheNextWorkingDayForIntakeOnAHoliday() {
		// 30 April and 1 May 2026 are days off, then a weekend.
		assertThat(due("2026-04-30T09:00", "P1D")).isEqualTo(at("2026-05-04T17:00"));
		assertThat(due("2026-04-30T09:00", "PT1H")).isEqualTo(at("2026-05-04T08:30"));
	}

	@Test
	void answersImmediatelyForAZeroDuration() {
		assertThat(due("2026-03-08T22:00", "PT0S")).isEqualTo(at("2026-03-08T22:00"));
	}

	@Test
	void measuresWorkingMinutesBetweenTwoInstants() {
		assertThat(calendar.of(null).workingMinutesBetween(at("2026-03-06T16:00"), at("2026-03-09T09:00")))
			.isEqualTo(150);
		assertThat(calendar.of(null).workingMinutesBetween(at("2026-03-09T09:00"), at("2026-03-06T16:00"))).isZero();
	}

	@Test
	void inheritsOfficeSessionsFromTheNearestAncestorThatHasThem() {
		jdbc.update("INSERT INTO cal_office_session (unit_code, day_of_week, session_start, session_end) VALUES "
				+ "('GIANGHIA', 'FRIDAY', TIME '07:00:00', TIME '17:00:00'), "
				+ "('GIANGHIA', 'SATURDAY', TIME '07:30:00', TIME '11:30:00')");
		calendar.forget(new CalendarChanged());

		assertThat(calendar.deadline(at("2026-03-13T16:00"), "PT2H", "DAKNIA")).isEqualTo(at("2026-03-14T08:30"));
		assertThat(calendar.deadline(at("2026-03-13T16:00"), "PT2H", "TAMTHANG")).isEqualTo(at("2026-03-16T08:30"));
	}

	@Test
	void refusesDurationsWithoutAWorkingTimeMeaning() {
		for (String duration : new String[] { "P1W", "P1M", "3 days", "P", "PT", "" }) {
			assertThatThrownBy(() -> due("2026-03-09T09:00", duration)).as(duration)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("working-time duration");
		}
	}

	@Test
	void refusesAnUnknownUnit() {
		assertThatThrownBy(() -> calendar.deadline(at("2026-03-09T09:00"), "P1D", "HOAXUAN"))
			.isInstanceOf(UnknownUnitException.class);
	}

}
