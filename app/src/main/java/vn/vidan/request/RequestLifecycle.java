package vn.vidan.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.calendar.WorkingTime;
import vn.vidan.org.UnitGroup;
import vn.vidan.process.Actors;
import vn.vidan.process.EngineClock;

/**
 * What happens to a dossier as its process moves: the statutory clock stops for a supplement and restarts, an apology
 * letter reschedules, the dossier closes and is classified early, on time or late. Called by the process's delegates.
 */
@Service
public class RequestLifecycle {

	/** In the history: a timer or another job, with nobody acting. */
	static final String SYSTEM = "system";

	/** In the history: the resident, on the public portal (an online supplement). */
	static final String RESIDENT = "resident";

	private final ResidentRequestRepository requests;

	private final WorkingCalendar calendar;

	private final RequestSettings settings;

	private final JdbcTemplate jdbc;

	private final Actors actors;

	RequestLifecycle(ResidentRequestRepository requests, WorkingCalendar calendar, RequestSettings settings,
			JdbcTemplate jdbc, Actors actors) {
		this.requests = requests;
		this.calendar = calendar;
		this.settings = settings;
		this.jdbc = jdbc;
		this.actors = actors;
	}

	/**
	 * Who makes the dossier move now, for its history: the officer whose task completion (or API call) runs the process
	 * on; the resident on the portal; "system" for timers only.
	 */
	String actor() {
		return actors.current(RESIDENT, SYSTEM);
	}

	public ResidentRequest find(String receiptCode) {
		return requests.findById(receiptCode).orElseThrow(() -> new UnknownReceiptException(receiptCode));
	}

	private WorkingTime workingTime(ResidentRequest request) {
		return calendar.of(request.getUnitCode());
	}

	/** When the statutory time runs out, pauses excluded; immediate procedures get {@code minimumMinutes}. */
	public Instant dueAt(ResidentRequest request) {
		if (request.getApologyIssuedAt() != null || request.getClockStartedAt() == null) {
			return request.getAppointmentAt();
		}
		int left = Math.max(request.minutesLeft(), settings.minimumMinutes() - request.getMinutesUsed());
		return workingTime(request).plusWorkingMinutes(request.getClockStartedAt(), Math.max(left, 0));
	}

	/** When 75% of the statutory time has been used, pauses excluded. */
	public Instant warningAt(ResidentRequest request) {
		int statutory = Math.max(request.getStatutoryMinutes(), settings.minimumMinutes());
		long untilWarning = Math.max(0, Math.round(statutory * 0.75) - request.getMinutesUsed());
		Instant start = request.getClockStartedAt() != null ? request.getClockStartedAt() : EngineClock.now();
		return workingTime(request).plusWorkingMinutes(start, untilWarning);
	}

	@Transactional
	public void requestSupplement(String receiptCode, String missing, String by) {
		ResidentRequest request = find(receiptCode);
		Instant now = EngineClock.now();
		long used = request.getClockStartedAt() == null ? 0
				: workingTime(request).workingMinutesBetween(request.getClockStartedAt(), now);
		request.pauseForSupplement(missing, now, used, by);
	}

	@Transactional
	public void resume(String receiptCode, String by) {
		ResidentRequest request = find(receiptCode);
		Instant now = EngineClock.now();
		Instant appointment = workingTime(request).plusWorkingMinutes(now, request.minutesLeft());
		request.resume(now, appointment, by);
	}

	@Transactional
	public void changeStatus(String receiptCode, RequestStatus status, String note) {
		find(receiptCode).changeStatus(status, EngineClock.now(), actor(), note);
	}

	@Transactional
	public void finish(String receiptCode, RequestStatus status, String note) {
		ResidentRequest request = find(receiptCode);
		Instant now = EngineClock.now();
		request.finish(status, now, null, actor(), note);
	}

	@Transactional
	public Instant issueApologyLetter(String receiptCode) {
		ResidentRequest request = find(receiptCode);
		Instant now = EngineClock.now();
		Instant newDate = workingTime(request).deadline(now, settings.apologyExtension());
		request.rescheduleWithApology(now, newDate);
		notifyUnit(request, UnitGroup.LEADERS, "BREACH", "Hồ sơ " + receiptCode
				+ " đã quá hạn; phiếu xin lỗi đã được lập, hẹn trả mới " + newDate + ".");
		return newDate;
	}

	@Transactional
	public void warnDeadline(String receiptCode) {
		ResidentRequest request = find(receiptCode);
		String text = "Hồ sơ " + receiptCode + " đã dùng 75% thời hạn; hẹn trả " + request.getAppointmentAt() + ".";
		notifyUnit(request, UnitGroup.DESK, "DEADLINE_WARNING", text);
		notifyUnit(request, UnitGroup.LEADERS, "DEADLINE_WARNING", text);
	}

	@Transactional
	public void notifyResultReady(String receiptCode) {
		ResidentRequest request = find(receiptCode);
		request.changeStatus(RequestStatus.RESULT_READY, EngineClock.now(), actor(), "Đã có kết quả");
		notify(request, "resident:" + request.getApplicantPhone(), "RESULT_READY", "Hồ sơ " + receiptCode
				+ " đã có kết quả. Mời ông/bà đến nhận hoặc chờ nhận qua bưu chính.");
	}

	@Transactional
	public void refuse(String receiptCode, String reason) {
		ResidentRequest request = find(receiptCode);
		Instant now = EngineClock.now();
		request.refuse(reason, now, classify(request, now), actor());
	}

	@Transactional
	public void close(String receiptCode, String method, String tracking) {
		ResidentRequest request = find(receiptCode);
		Instant now = EngineClock.now();
		request.close(method, tracking, now, classify(request, now), actor());
	}

	/** Early, on time or late: the day it finished against the appointment day, in Vietnam's time. */
	Timeliness classify(ResidentRequest request, Instant finishedAt) {
		LocalDate finished = finishedAt.atZone(workingTime(request).zone()).toLocalDate();
		LocalDate appointment = request.getAppointmentAt().atZone(workingTime(request).zone()).toLocalDate();
		return finished.isBefore(appointment) ? Timeliness.EARLY
				: finished.isEqual(appointment) ? Timeliness.ON_TIME : Timeliness.LATE;
	}

	private void notifyUnit(ResidentRequest request, UnitGroup group, String kind, String text) {
		notify(request, group.idFor(request.getUnitCode()), kind, text);
	}

	private void notify(ResidentRequest request, String recipient, String kind, String text) {
		jdbc.update(
				"INSERT INTO req_notification (id, receipt_code, recipient, kind, message, created_at) VALUES (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), request.getReceiptCode(), recipient, kind, text,
				Timestamp.from(EngineClock.now()));
	}

}
