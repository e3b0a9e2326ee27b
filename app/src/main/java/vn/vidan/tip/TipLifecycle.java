package vn.vidan.tip;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.web.ProblemException;

/** Loads tips and works out their deadlines, for the delegates and the controllers. */
@Service
class TipLifecycle {

	static final String SYSTEM = "hệ thống";

	private final TipReportRepository tips;

	private final WorkingCalendar calendar;

	TipLifecycle(TipReportRepository tips, WorkingCalendar calendar) {
		this.tips = tips;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	TipReport find(String reference) {
		return tips.findById(reference)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "Unknown tip",
					"There is no tip with reference " + reference + "."));
	}

	/** A deadline from a decision table row: WALL runs on the clock, WORKING on the unit's working calendar. */
	Instant deadline(TipReport tip, Instant from, String duration, String clock) {
		return "WALL".equals(clock) ? from.plus(Duration.parse(duration))
				: calendar.deadline(from, duration, tip.getUnitCode());
	}

}
