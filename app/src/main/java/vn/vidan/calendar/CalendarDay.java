package vn.vidan.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A national day off, or an announced make-up working day. */
@Entity
@Table(name = "cal_day")
class CalendarDay {

	@Id
	@Column(name = "cal_date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "day_kind")
	private DayKind kind;

	private String name;

	protected CalendarDay() {
	}

	CalendarDay(LocalDate date, DayKind kind, String name) {
		this.date = date;
		this.kind = kind;
		this.name = name;
	}

	LocalDate getDate() {
		return date;
	}

	DayKind getKind() {
		return kind;
	}

	String getName() {
		return name;
	}

	void change(DayKind kind, String name) {
		this.kind = kind;
		this.name = name;
	}

}
