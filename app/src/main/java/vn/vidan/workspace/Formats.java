package vn.vidan.workspace;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.calendar.WorkingTime;
import vn.vidan.process.EngineClock;

/**
 * How pages show dates, numbers, money and time left, as {@code ${@fmt.dateTime(x)}} in templates: dd/MM/yyyy and the
 * 24-hour clock in Asia/Ho_Chi_Minh, "1.061" and "15.000 đồng" in Vietnamese ("1,061", "15,000 VND" in English), and
 * working time left against a unit's calendar ("còn 1 ngày 3 giờ", "quá hạn 2 giờ").
 */
@Component("fmt")
public class Formats {

	private static final Pattern PERIOD = Pattern.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?)?");

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final MessageSource messages;

	private final WorkingCalendar calendar;

	private final WorkspaceSettings settings;

	Formats(MessageSource messages, WorkingCalendar calendar, WorkspaceSettings settings) {
		this.messages = messages;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** How often open pages refresh their counts and lists, in milliseconds. */
	public long refreshMillis() {
		return settings.refreshEvery().toMillis();
	}

	public String date(Instant at) {
		return at == null ? "" : DATE.format(at.atZone(VIETNAM));
	}

	public String date(LocalDate day) {
		return day == null ? "" : DATE.format(day);
	}

	public String dateTime(Instant at) {
		return at == null ? "" : DATE_TIME.format(at.atZone(VIETNAM));
	}

	/** The value of an {@code <input type="datetime-local">} or a {@code <time datetime>} attribute. */
	public String isoLocal(Instant at) {
		return at == null ? "" : ISO_LOCAL.format(at.atZone(VIETNAM));
	}

	public String number(long value) {
		return grouping(LocaleContextHolder.getLocale()).format(value);
	}

	public String money(long dong) {
		return messages.getMessage("format.money", new Object[] { number(dong) }, LocaleContextHolder.getLocale());
	}

	/** Working time left until {@code due} in the unit's calendar, with its SLA state. */
	public TimeLeft timeLeft(Instant due, String unitCode) {
		if (due == null) {
			return new TimeLeft(TimeLeft.State.NONE, "", "");
		}
		WorkingTime time = calendar.of(unitCode);
		Instant now = EngineClock.now();
		boolean late = !due.isAfter(now);
		long minutes = late ? time.workingMinutesBetween(due, now) : time.workingMinutesBetween(now, due);
		if (late && minutes == 0) {
			// Past the deadline outside working hours: still late, by wall-clock minutes.
			minutes = Math.max(1, java.time.Duration.between(due, now).toMinutes());
		}
		String amount = amount(minutes, time.minutesPerDay());
		Locale locale = LocaleContextHolder.getLocale();
		String text = messages.getMessage(late ? "sla.late" : "sla.left", new Object[] { amount }, locale);
		TimeLeft.State state = late ? TimeLeft.State.LATE
				: minutes <= settings.dueSoon().toMinutes() ? TimeLeft.State.DUE_SOON : TimeLeft.State.IN_TIME;
		return new TimeLeft(state, text, messages.getMessage("sla.state." + state.name(), null, locale));
	}

	/** An amount of working time in the unit's calendar, "1 ngày 3 giờ", as the SLA bar of a case page shows it. */
	public String workingDuration(long minutes, String unitCode) {
		if (minutes <= 0) {
			return messages.getMessage("sla.minutes", new Object[] { 0 }, LocaleContextHolder.getLocale());
		}
		return amount(minutes, calendar.of(unitCode).minutesPerDay());
	}

	/**
	 * A statutory period as the law states it: {@code P3D} is "3 ngày", {@code PT4H} "4 giờ", {@code P1DT4H}
	 * "1 ngày 4 giờ" (working days and hours, whatever their length in minutes); null for anything else.
	 */
	public String period(String iso) {
		Matcher period = PERIOD.matcher(iso == null ? "" : iso);
		if (!period.matches() || (period.group(1) == null && period.group(2) == null)) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> parts = new ArrayList<>();
		if (period.group(1) != null && Long.parseLong(period.group(1)) > 0) {
			parts.add(messages.getMessage("sla.days", new Object[] { Long.parseLong(period.group(1)) }, locale));
		}
		if (period.group(2) != null && Long.parseLong(period.group(2)) > 0) {
			parts.add(messages.getMessage("sla.hours", new Object[] { Long.parseLong(period.group(2)) }, locale));
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	/** "1 ngày 3 giờ", "3 giờ 20 phút", "20 phút": the two largest parts. */
	String amount(long minutes, int minutesPerDay) {
		Locale locale = LocaleContextHolder.getLocale();
		long days = minutes / minutesPerDay;
		long hours = minutes % minutesPerDay / 60;
		long mins = minutes % 60;
		StringBuilder text = new StringBuilder();
		if (days > 0) {
			text.append(messages.getMessage("sla.days", new Object[] { days }, locale));
			if (hours > 0) {
				text.append(' ').append(messages.getMessage("sla.hours", new Object[] { hours }, locale));
			}
		}
		else if (hours > 0) {
			text.append(messages.getMessage("sla.hours", new Object[] { hours }, locale));
			if (mins > 0) {
				text.append(' ').append(messages.getMessage("sla.minutes", new Object[] { mins }, locale));
			}
		}
		else {
			text.append(messages.getMessage("sla.minutes", new Object[] { Math.max(mins, 1) }, locale));
		}
		return text.toString();
	}

	private static DecimalFormat grouping(Locale locale) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		boolean english = "en".equals(locale.getLanguage());
		symbols.setGroupingSeparator(english ? ',' : '.');
		symbols.setDecimalSeparator(english ? '.' : ',');
		return new DecimalFormat("#,##0", symbols);
	}

	/**
	 * Working time left and its state, for a coloured tag: {@code IN_TIME} (green), {@code DUE_SOON} (amber),
	 * {@code LATE} (red), {@code NONE} (no deadline). {@code label} names the state in words, so colour is never alone.
	 */
	public record TimeLeft(State state, String text, String label) {

		public enum State {

			IN_TIME, DUE_SOON, LATE, NONE

		}

		public String css() {
			return "sla sla--" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
