package vn.vidan.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.web.DateBounds;
import vn.vidan.web.ProblemException;

/** Deadlines in working time, and the days off and make-up days an administrator keeps up to date. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

	private final WorkingCalendar calendar;

	private final CalendarDayRepository days;

	private final ApplicationEventPublisher events;

	CalendarController(WorkingCalendar calendar, CalendarDayRepository days, ApplicationEventPublisher events) {
		this.calendar = calendar;
		this.days = days;
		this.events = events;
	}

	/** {@code duration} working time after {@code from}, in the unit's office sessions (national ones without). */
	@GetMapping("/deadline")
	Deadline deadline(@RequestParam Instant from, @RequestParam String duration,
			@RequestParam(required = false) String unit) {
		DateBounds.check("from", from);
		try {
			return new Deadline(from, duration, unit, calendar.deadline(from, duration, unit));
		}
		catch (WorkingTime.TooLong e) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "calendar.durationTooLong", duration,
					WorkingTime.MAX_DAYS);
		}
		catch (IllegalArgumentException e) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "calendar.invalidDuration", duration);
		}
	}

	@GetMapping("/days")
	List<Day> days(@RequestParam int year) {
		DateBounds.checkYear("year", year);
		return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(Day::of)
			.toList();
	}

	@PutMapping("/days/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	Day put(@PathVariable LocalDate date, @Valid @RequestBody DayChange change) {
		boolean weekend = date.getDayOfWeek().getValue() >= 6;
		if (change.kind() == DayKind.WORKING_DAY && !weekend) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "calendar.notAWeekendDay", date.toString(),
					ProblemException.label("dayOfWeek", date.getDayOfWeek()));
		}
		CalendarDay day = days.findById(date).orElseGet(() -> new CalendarDay(date, change.kind(), change.name()));
		day.change(change.kind(), change.name().trim());
		days.save(day);
		events.publishEvent(new CalendarChanged());
		return Day.of(day);
	}

	@DeleteMapping("/days/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Transactional
	void delete(@PathVariable LocalDate date) {
		if (!days.existsById(date)) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "calendar.noSuchDay", date.toString());
		}
		days.deleteById(date);
		events.publishEvent(new CalendarChanged());
	}

	record Deadline(Instant from, String duration, String unit, Instant due) {
	}

	record Day(LocalDate date, DayKind kind, String name) {

		static Day of(CalendarDay day) {
			return new Day(day.getDate(), day.getKind(), day.getName());
		}

	}

	record DayChange(@NotNull DayKind kind, @NotBlank @Size(max = 200) String name) {
	}

}
