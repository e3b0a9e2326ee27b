package vn.vidan.tip;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.process.Actors;
import vn.vidan.web.ProblemException;

/** Loads tips and works out their deadlines, for the delegates and the controllers. */
@Service
class TipLifecycle {

	/** In the tip's history: a timer or another job, with nobody acting. */
	static final String SYSTEM = "hệ thống";

	/** In the tip's history: the public portal, where nobody signs in. */
	static final String PORTAL = "cổng trực tuyến";

	private final TipReportRepository tips;

	private final WorkingCalendar calendar;

	private final Actors actors;

	TipLifecycle(TipReportRepository tips, WorkingCalendar calendar, Actors actors) {
		this.tips = tips;
		this.calendar = calendar;
		this.actors = actors;
	}

	/**
	 * Who makes the tip move now, for its history: the officer whose task completion runs the process on (a delegate
	 * right after the leader's approval records the leader), "hệ thống" for timers only.
	 */
	String actor() {
		return actors.current(PORTAL, SYSTEM);
	}

	@Transactional(readOnly = true)
	TipReport find(String reference) {
		return tips.findById(reference)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "tip.unknownTip", reference));
	}

	/** A deadline from a decision table row: WALL runs on the clock, WORKING on the unit's working calendar. */
	Instant deadline(TipReport tip, Instant from, String duration, String clock) {
		return "WALL".equals(clock) ? from.plus(Duration.parse(duration))
				: calendar.deadline(from, duration, tip.getUnitCode());
	}

}
