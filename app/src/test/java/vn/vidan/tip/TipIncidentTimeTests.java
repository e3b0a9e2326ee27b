package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The incident's time as an officer types it on the tip intake page: Vietnamese day and 24-hour time. */
class TipIncidentTimeTests {

	@Test
	void readsDayMonthYearAndTwentyFourHourTimeInVietnam() {
		String[] problem = new String[1];
		assertThat(TipIntakePage.incidentAt("22/11/2025", "20:30", problem))
			.isEqualTo(OffsetDateTime.of(2025, 11, 22, 20, 30, 0, 0, ZoneOffset.ofHours(7)));
		assertThat(problem[0]).isNull();
	}

	@Test
	void readsTheWaysPeopleWriteATime() {
		String[] problem = new String[1];
		assertThat(TipIntakePage.incidentAt("2.3.2025", "7h05", problem).getHour()).isEqualTo(7);
		assertThat(TipIntakePage.incidentAt("02-03-2025", "21", problem).getHour()).isEqualTo(21);
		assertThat(problem[0]).isNull();
	}

	@Test
	void refusesAMonthDayOrderOrAnImpossibleTime() {
		String[] problem = new String[1];
		TipIntakePage.incidentAt("11/22/2025", "20:30", problem);
		assertThat(problem[0]).isEqualTo("intake.error.incidentAt.invalid");
		problem[0] = null;
		TipIntakePage.incidentAt("22/11/2025", "25:10", problem);
		assertThat(problem[0]).isEqualTo("intake.error.incidentAt.invalid");
	}

	@Test
	void refusesATimeInTheFuture() {
		String[] problem = new String[1];
		TipIntakePage.incidentAt("01/01/2999", "08:00", problem);
		assertThat(problem[0]).isEqualTo("intake.error.incidentAt.future");
	}

	@Test
	void leavesAMissingDayOrTimeToTheRequiredCheck() {
		String[] problem = new String[1];
		assertThat(TipIntakePage.incidentAt("", "20:30", problem)).isNull();
		assertThat(problem[0]).isNull();
	}

}
