package vn.vidan.tip;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.process.EngineClock;
import vn.vidan.process.ProcessBean;

/**
 * {@code ServiceTask_NotifyReporter}: a reachable reporter is sent the result (queued in {@code tip_notification};
 * the recipient is read from the vault when sending, never copied). Anonymous reporters see it when they follow the
 * tip with their code and secret.
 */
@ProcessBean("notifyReporterDelegate")
class NotifyReporterDelegate implements JavaDelegate {

	private final TipLifecycle lifecycle;

	private final JdbcTemplate jdbc;

	NotifyReporterDelegate(TipLifecycle lifecycle, JdbcTemplate jdbc) {
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TipReport tip = lifecycle.find(execution.getProcessBusinessKey());
		Instant now = EngineClock.now();
		if (!tip.isReporterReachable()) {
			tip.record(now, lifecycle.actor(), "RESULT_PUBLISHED", "Người báo tin tra cứu kết quả bằng mã theo dõi");
			return;
		}
		jdbc.update("INSERT INTO tip_notification (id, reference, created_at, message) VALUES (?, ?, ?, ?)",
				UUID.randomUUID().toString(), tip.getReference(), Timestamp.from(now),
				"Tin báo " + tip.getTrackingCode() + ": " + tip.result());
		tip.record(now, lifecycle.actor(), "REPORTER_NOTIFIED", "Đã gửi kết quả cho người báo tin");
	}

}
