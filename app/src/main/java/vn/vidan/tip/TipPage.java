package vn.vidan.tip;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.calendar.WorkingTime;
import vn.vidan.process.CaseClock;
import vn.vidan.process.CaseDiagram;
import vn.vidan.process.CaseDocument;
import vn.vidan.process.CaseEvent;
import vn.vidan.process.CaseProgress;
import vn.vidan.process.CaseTask;
import vn.vidan.process.EngineClock;
import vn.vidan.processes.tip.TipReportProcess;

/**
 * A tip's page: the tip as officers see it ({@link TipCase.View}, never the reporter), its timeline, deadline,
 * attachments, tasks and diagram, and the reporter block: whether the reporter may be revealed by this person, and the
 * audit line of every reveal (who, when, why). The identity itself only ever comes from {@link TipCase#reveal}.
 */
@Service
class TipPage {

	record View(TipCase.View tip, String tone, List<CaseEvent> events, List<CaseDocument> attachments, CaseClock clock,
			List<CaseTask> openTasks, List<CaseTask> doneTasks, CaseDiagram diagram, boolean mayReveal,
			List<Reveal> reveals) {

		public boolean open() {
			return tip.closedAt() == null;
		}

	}

	/** One audited reveal of the reporter: who, when, why. */
	record Reveal(String by, Instant at, String reason) {
	}

	private final TipCase tips;

	private final TipLifecycle lifecycle;

	private final TipAccess access;

	private final WorkingCalendar calendar;

	private final CaseProgress progress;

	private final JdbcTemplate jdbc;

	TipPage(TipCase tips, TipLifecycle lifecycle, TipAccess access, WorkingCalendar calendar, CaseProgress progress,
			JdbcTemplate jdbc) {
		this.tips = tips;
		this.lifecycle = lifecycle;
		this.access = access;
		this.calendar = calendar;
		this.progress = progress;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	View view(String reference, boolean withProcess) {
		TipCase.View tip = tips.view(reference);
		TipReport report = lifecycle.find(reference);
		String code = tip.reference();
		List<CaseEvent> events = tip.events()
			.stream()
			.map(event -> new CaseEvent(event.at(), actorKey(event.actor()) == null ? event.actor() : null,
					actorKey(event.actor()), "tip.event." + event.kind(), event.note(), tone(event.kind(), event.status())))
			.toList();
		List<CaseDocument> attachments = tip.attachments()
			.stream()
			.map(attachment -> new CaseDocument(attachment.fileName(), attachment.fileName(), attachment.mediaType(),
					attachment.sizeBytes(), attachment.sha256(), "/tips/" + code + "/attachments/" + attachment.id(),
					"/tips/" + code + "/attachments/" + attachment.id() + "?download",
					actorKey(attachment.addedBy()) == null ? attachment.addedBy() : null, attachment.addedAt()))
			.toList();
		return new View(tip, tone(null, tip.status()), events, attachments, clock(tip),
				withProcess ? progress.openTasks(code) : List.of(), withProcess ? progress.doneTasks(code) : List.of(),
				withProcess ? progress.diagram(code, TipReportProcess.PROCESS_KEY).orElse(null) : null,
				!tip.reporter().anonymous() && access.mayReveal(report), reveals(code));
	}

	@Transactional(readOnly = true)
	Optional<String> diagramXml(String reference) {
		TipCase.View tip = tips.view(reference);
		return progress.diagram(tip.reference(), TipReportProcess.PROCESS_KEY)
			.map(CaseDiagram::processDefinitionId)
			.map(progress::modelXml);
	}

	/** Every reveal of the tip's reporter, oldest first: the audit line, never the identity. */
	List<Reveal> reveals(String reference) {
		return jdbc.query(
				"SELECT revealed_by, revealed_at, reason FROM tip_identity_reveal WHERE reference = ? ORDER BY revealed_at",
				(row, i) -> new Reveal(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)),
				reference);
	}

	/**
	 * The tip's working-time clock: from receipt to the handling deadline (the triage deadline until the tip is
	 * classified), stopped when the tip closes.
	 */
	CaseClock clock(TipCase.View tip) {
		WorkingTime time = calendar.of(tip.unitCode());
		Instant due = tip.handlingDue() != null ? tip.handlingDue() : tip.triageDue();
		Instant end = tip.closedAt() != null ? tip.closedAt() : EngineClock.now();
		long allowed = due == null || !due.isAfter(tip.receivedAt()) ? 0
				: time.workingMinutesBetween(tip.receivedAt(), due);
		long used = end.isAfter(tip.receivedAt()) ? time.workingMinutesBetween(tip.receivedAt(), end) : 0;
		return new CaseClock(tip.unitCode(), allowed, used, due, tip.closedAt(),
				List.of(new CaseClock.Segment(false, tip.receivedAt(), tip.closedAt(), used)));
	}

	/** Who acted when it was not an officer: the engine, the public portal, the reporter answering. */
	static String actorKey(String actor) {
		if (actor == null || TipLifecycle.SYSTEM.equals(actor)) {
			return "case.actor.system";
		}
		return switch (actor) {
			case "cổng trực tuyến" -> "case.actor.portal";
			case "người báo tin" -> "case.actor.reporter";
			default -> null;
		};
	}

	static String tone(String kind, TipStatus status) {
		if (kind != null) {
			switch (kind) {
				case "BREACHED", "REPORTER_REVEALED":
					return "late";
				case "RETURNED", "QUESTION_ASKED", "DISPATCHED":
					return "soon";
				case "APPROVED", "CLOSED", "ACKNOWLEDGED":
					return "ok";
				default:
					break;
			}
		}
		return switch (status == null ? TipStatus.RECEIVED : status) {
			case CLOSED, TRANSFERRED -> "ok";
			case DISPATCHED -> "soon";
			default -> "info";
		};
	}

}
