package vn.vidan.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CalendarDayRepository extends ListCrudRepository<CalendarDay, LocalDate> {

	List<CalendarDay> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

}
