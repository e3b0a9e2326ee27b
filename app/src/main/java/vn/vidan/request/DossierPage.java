package vn.vidan.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.calendar.ServiceWindowKind;
import vn.vidan.calendar.WorkingCalendar;
import vn.vidan.calendar.WorkingTime;
import vn.vidan.process.CaseClock;
import vn.vidan.process.CaseDiagram;
import vn.vidan.process.CaseDocument;
import vn.vidan.process.CaseEvent;
import vn.vidan.process.CaseProgress;
import vn.vidan.process.CaseTask;
import vn.vidan.process.EngineClock;
import vn.vidan.processes.request.ResidentRequestProcess;

/**
 * A dossier's page, for officers of its unit: its data, status timeline, statutory clock with pauses, documents with
 * their fingerprints, the papers it has, its tasks and its process diagram.
 */
@Service
class DossierPage {

	/** The dossier was approved: a result notice exists. */
	static final Set<RequestStatus> APPROVED = EnumSet.of(RequestStatus.RESULT_READY, RequestStatus.HANDED_OVER,
			RequestStatus.CLOSED);

	record View(String code, String procedureCode, String procedureName, int feeVnd, String unitCode, Channel channel,
			ServiceWindowKind serviceWindow, RequestStatus status, String tone, String applicantName,
			String applicantId, String applicantPhone, String applicantAddress, String representativeName,
			String representativeId, Instant receivedAt, String receivedBy, Instant appointmentAt,
			Instant apologyIssuedAt, Instant apologyOldDate, String missingDocuments, String refusalReason,
			String handOverMethod, String trackingNumber, Instant closedAt, Timeliness timeliness, Integer rating,
			String ratingComment, List<CaseEvent> events, List<CaseDocument> documents, CaseClock clock,
			List<CaseTask> openTasks, List<CaseTask> doneTasks, CaseDiagram diagram, List<Paper> papers) {

		public boolean open() {
			return closedAt == null;
		}

	}

	/** A paper the dossier has (receipt, apology letter, refusal, result notice): its name key and address. */
	record Paper(String key, String url) {
	}

	private final RequestLifecycle lifecycle;

	private final DossierAccess access;

	private final ProcedureRepository procedures;

	private final WorkingCalendar calendar;

	private final CaseProgress progress;

	DossierPage(RequestLifecycle lifecycle, DossierAccess access, ProcedureRepository procedures,
			WorkingCalendar calendar, CaseProgress progress) {
		this.lifecycle = lifecycle;
		this.access = access;
		this.procedures = procedures;
		this.calendar = calendar;
		this.progress = progress;
	}

	/** The dossier, if it exists and is in the signed-in officer's units (else 404 or 403). */
	@Transactional(readOnly = true)
	ResidentRequest readable(String receiptCode) {
		ResidentRequest request = lifecycle.find(receiptCode);
		access.check(request.getUnitCode());
		return request;
	}

	@Transactional(readOnly = true)
	View view(String receiptCode, boolean withProcess) {
		ResidentRequest request = readable(receiptCode);
		Optional<Procedure> procedure = procedures.findById(request.getProcedureCode());
		Map<String, String> documentNames = procedure.map(Procedure::getDocuments)
			.orElse(List.of())
			.stream()
			.collect(Collectors.toMap(ProcedureDocument::getCode, ProcedureDocument::getName, (a, b) -> a));
		String code = request.getReceiptCode();
		List<CaseDocument> documents = request.getDocuments()
			.stream()
			.map(document -> new CaseDocument(documentNames.getOrDefault(document.getDocumentCode(),
					document.getDocumentCode()), document.getFileName(), document.getContentType(),
					document.getSizeBytes(), document.getSha256(),
					document.getSha256() == null ? null : "/requests/" + code + "/documents/" + document.getId(),
					document.getSha256() == null ? null
							: "/requests/" + code + "/documents/" + document.getId() + "?download",
					null, document.getReceivedAt()))
			.toList();
		List<CaseEvent> events = request.getHistory()
			.stream()
			.map(change -> new CaseEvent(change.getChangedAt(), system(change.getChangedBy()) ? null : change.getChangedBy(),
					system(change.getChangedBy()) ? "case.actor.system" : null,
					"request.status." + change.getStatus().name(), change.getNote(), tone(change.getStatus())))
			.toList();
		List<Paper> papers = new ArrayList<>();
		papers.add(new Paper("case.request.paper.receipt", "/api/requests/" + code + "/receipt.pdf"));
		if (request.getApologyIssuedAt() != null) {
			papers.add(new Paper("case.request.paper.apology", "/api/requests/" + code + "/apology.pdf"));
		}
		if (request.getStatus() == RequestStatus.REFUSED) {
			papers.add(new Paper("case.request.paper.refusal", "/api/requests/" + code + "/refusal.pdf"));
		}
		if (APPROVED.contains(request.getStatus())) {
			papers.add(new Paper("case.request.paper.result", "/api/requests/" + code + "/result.pdf"));
		}
		return new View(code, request.getProcedureCode(),
				procedure.map(Procedure::getName).orElse(request.getProcedureCode()),
				procedure.map(Procedure::getFeeVnd).orElse(0), request.getUnitCode(), request.getChannel(),
				request.getServiceWindow(), request.getStatus(), tone(request.getStatus()), request.getApplicantName(),
				request.getApplicantId(), request.getApplicantPhone(), request.getApplicantAddress(),
				request.getRepresentativeName(), request.getRepresentativeId(), request.getReceivedAt(),
				request.getReceivedBy(), request.getAppointmentAt(), request.getApologyIssuedAt(),
				request.getApologyOldDate(), request.getMissingDocuments(), request.getRefusalReason(),
				request.getHandOverMethod(), request.getTrackingNumber(), request.getClosedAt(),
				request.getTimeliness(), request.getRating(), request.getRatingComment(), events, documents,
				clock(request), withProcess ? progress.openTasks(code) : List.of(),
				withProcess ? progress.doneTasks(code) : List.of(),
				withProcess ? progress.diagram(code, ResidentRequestProcess.PROCESS_KEY).orElse(null) : null, papers);
	}

	/** The process model of the dossier's diagram. */
	@Transactional(readOnly = true)
	Optional<String> diagramXml(String receiptCode) {
		ResidentRequest request = readable(receiptCode);
		return progress.diagram(request.getReceiptCode(), ResidentRequestProcess.PROCESS_KEY)
			.map(CaseDiagram::processDefinitionId)
			.map(progress::modelXml);
	}

	/** A document of the dossier with its content, for officers who may read the dossier. */
	@Transactional(readOnly = true)
	Optional<RequestDocument> document(String receiptCode, String documentId) {
		return readable(receiptCode).getDocuments()
			.stream()
			.filter(document -> document.getId().equals(documentId) && document.getSha256() != null)
			.findFirst()
			.map(document -> {
				document.getContent();
				return document;
			});
	}

	/**
	 * The statutory clock from the status history: it runs from receipt, stands still from a supplement request until
	 * the documents come, and stops when the dossier finishes.
	 */
	CaseClock clock(ResidentRequest request) {
		WorkingTime time = calendar.of(request.getUnitCode());
		Instant end = request.getClosedAt() != null ? request.getClosedAt() : EngineClock.now();
		List<CaseClock.Segment> segments = new ArrayList<>();
		Instant from = request.getReceivedAt();
		boolean paused = false;
		for (StatusChange change : request.getHistory()) {
			boolean pauses = !paused && change.getStatus() == RequestStatus.SUPPLEMENT_REQUESTED;
			boolean resumes = paused && change.getStatus() == RequestStatus.RECEIVED;
			if (pauses || resumes) {
				segments.add(segment(time, paused, from, change.getChangedAt()));
				from = change.getChangedAt();
				paused = pauses;
			}
		}
		CaseClock.Segment last = segment(time, paused, from, end);
		segments.add(request.getClosedAt() == null ? new CaseClock.Segment(paused, from, null, last.minutes()) : last);
		long used = segments.stream().filter(segment -> !segment.pause()).mapToLong(CaseClock.Segment::minutes).sum();
		// The law's words ("3 ngày làm việc"), not the minutes they came to: working days differ in length.
		String period = procedures.findById(request.getProcedureCode()).map(Procedure::statutoryDuration).orElse(null);
		return new CaseClock(request.getUnitCode(), request.getStatutoryMinutes(), used, lifecycle.dueAt(request),
				request.getClosedAt(), segments, period);
	}

	private static CaseClock.Segment segment(WorkingTime time, boolean pause, Instant from, Instant to) {
		long minutes = to.isAfter(from) ? time.workingMinutesBetween(from, to) : 0;
		return new CaseClock.Segment(pause, from, to, minutes);
	}

	private static boolean system(String actor) {
		return actor == null || RequestLifecycle.SYSTEM.equals(actor);
	}

	/** The colour of a status: green once there is a result, amber while waiting on the resident, red when it failed. */
	static String tone(RequestStatus status) {
		return switch (status) {
			case RESULT_READY, HANDED_OVER, CLOSED -> "ok";
			case SUPPLEMENT_REQUESTED -> "soon";
			case REFUSED, RETURNED -> "late";
			case WITHDRAWN -> "neutral";
			default -> "info";
		};
	}

}
