package vn.vidan.tip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.audit.AuditTrail;
import vn.vidan.org.OrgDirectory;
import vn.vidan.process.EngineClock;
import vn.vidan.web.ProblemException;
import vn.vidan.web.Uploads;

/** What officers do with a tip outside its tasks: read it, add evidence, ask the reporter, reveal the reporter. */
@Service
class TipCase {

	/** A tip as officers see it: everything but the reporter's identity. */
	record View(String reference, String unitCode, String unitName, TipChannel channel, TipCategory suggestedCategory,
			Urgency urgency, TipCategory category, TipStatus status, String statusLabel, Instant incidentAt,
			String incidentAddress, String description, Reporter reporter, Instant receivedAt, String receivedBy,
			Instant triageDue, Instant handlingDue, String handler, String duplicateOf, String conclusion,
			String violationRecordNo, String penaltyDecisionNo, Long penaltyAmount, String mediationOutcome,
			String forwardAgency, String receivingUnitCode, String handoverRecordNo, Instant transferredAt,
			String acknowledgedBy, Instant acknowledgedAt, String investigationCase, String approvedBy, int breaches,
			Instant closedAt, String result, List<Event> events, List<AttachmentInfo> attachments,
			List<QuestionView> questions) {
	}

	/** Whether there is someone to tell, never who. */
	record Reporter(boolean anonymous, boolean reachable) {
	}

	record Event(Instant at, String actor, String kind, TipStatus status, String note) {
	}

	record AttachmentInfo(String id, String fileName, String mediaType, long sizeBytes, String sha256, String addedBy,
			Instant addedAt) {
	}

	record QuestionView(String id, String question, String askedBy, Instant askedAt, String answer,
			Instant answeredAt) {
	}

	private final TipLifecycle lifecycle;

	private final TipAccess access;

	private final TipAttachmentRepository attachments;

	private final TipQuestionRepository questions;

	private final ReporterVault vault;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final OrgDirectory directory;

	private final Uploads uploads;

	TipCase(TipLifecycle lifecycle, TipAccess access, TipAttachmentRepository attachments,
			TipQuestionRepository questions, ReporterVault vault, AuditTrail audit, JdbcTemplate jdbc,
			OrgDirectory directory, Uploads uploads) {
		this.uploads = uploads;
		this.lifecycle = lifecycle;
		this.access = access;
		this.attachments = attachments;
		this.questions = questions;
		this.vault = vault;
		this.audit = audit;
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public View view(String reference) {
		TipReport tip = readable(reference);
		return new View(tip.getReference(), tip.getUnitCode(), directory.snapshot().unit(tip.getUnitCode()).getName(),
				tip.getChannel(), tip.getSuggestedCategory(), tip.getUrgency(), tip.getCategory(), tip.getStatus(),
				tip.getStatus().label(), tip.getIncidentAt(), tip.getIncidentAddress(), tip.getDescription(),
				new Reporter(tip.isAnonymous(), tip.isReporterReachable()), tip.getReceivedAt(), tip.getReceivedBy(),
				tip.getTriageDue(), tip.getHandlingDue(), tip.getHandler(), tip.getDuplicateOf(), tip.getConclusion(),
				tip.getViolationRecordNo(), tip.getPenaltyDecisionNo(), tip.getPenaltyAmount(),
				tip.getMediationOutcome(), tip.getForwardAgency(), tip.getReceivingUnitCode(),
				tip.getHandoverRecordNo(), tip.getTransferredAt(), tip.getAcknowledgedBy(), tip.getAcknowledgedAt(),
				tip.getInvestigationCase(), tip.getApprovedBy(), tip.getBreaches(), tip.getClosedAt(), tip.result(),
				tip.getEvents()
					.stream()
					.map(e -> new Event(e.getAt(), e.getActor(), e.getKind(), e.getStatus(), e.getNote()))
					.toList(),
				attachments.findByReferenceOrderByAddedAt(reference).stream().map(TipCase::info).toList(),
				questions.findByReferenceOrderByAskedAt(reference)
					.stream()
					.map(q -> new QuestionView(q.getId(), q.getQuestion(), q.getAskedBy(), q.getAskedAt(), q.getAnswer(),
							q.getAnsweredAt()))
					.toList());
	}

	@Transactional(readOnly = true)
	public TipAttachment attachment(String reference, String attachmentId) {
		readable(reference);
		return attachments.findById(attachmentId)
			.filter(attachment -> attachment.getReference().equals(reference))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "tip.unknownAttachment", reference, attachmentId));
	}

	@Transactional
	public AttachmentInfo attach(String reference, TipIntake.Attachment attachment) {
		TipReport tip = readable(reference);
		TipIntake.Decoded decoded = TipIntake.decode(attachment, 1, uploads);
		Instant now = EngineClock.now();
		TipAttachment saved = attachments
			.save(TipAttachment.received(reference, decoded.attachment(), decoded.content(), user(), now));
		tip.record(now, user(), "ATTACHMENT_ADDED", saved.getFileName() + " (SHA-256 " + saved.getSha256() + ")");
		return info(saved);
	}

	@Transactional
	public QuestionView ask(String reference, String question) {
		TipReport tip = readable(reference);
		if (tip.getStatus() == TipStatus.CLOSED) {
			throw new ProblemException(HttpStatus.CONFLICT, "tip.closed", reference);
		}
		Instant now = EngineClock.now();
		TipQuestion asked = questions
			.save(new TipQuestion(UUID.randomUUID().toString(), reference, user(), now, question.trim()));
		tip.record(now, user(), "QUESTION_ASKED", "Hỏi người báo tin: " + asked.getQuestion());
		return new QuestionView(asked.getId(), asked.getQuestion(), asked.getAskedBy(), asked.getAskedAt(), null, null);
	}

	/** The reporter's identity, for the unit's leaders and the handler, with a reason that goes to the audit log. */
	@Transactional
	public ReporterIdentity reveal(String reference, String reason) {
		TipReport tip = lifecycle.find(reference);
		access.checkReveal(tip);
		ReporterIdentity identity = vault.open(reference)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "tip.anonymousReporter", reference));
		Instant now = EngineClock.now();
		jdbc.update(
				"INSERT INTO tip_identity_reveal (id, reference, revealed_by, revealed_at, reason, remote_address) VALUES (?, ?, ?, ?, ?, ?)",
				UUID.randomUUID().toString(), reference, user(), java.sql.Timestamp.from(now), reason.trim(),
				AuditTrail.remoteAddress());
		audit.record("REVEAL", "/api/tips/" + reference + "/reporter", "Lý do: " + reason.trim());
		tip.record(now, user(), "REPORTER_REVEALED", "Xem danh tính người báo tin. Lý do: " + reason.trim());
		return identity;
	}

	private TipReport readable(String reference) {
		TipReport tip = lifecycle.find(reference);
		access.checkRead(tip);
		return tip;
	}

	private static AttachmentInfo info(TipAttachment attachment) {
		return new AttachmentInfo(attachment.getId(), attachment.getFileName(), attachment.getMediaType(),
				attachment.getSizeBytes(), attachment.getSha256(), attachment.getAddedBy(), attachment.getAddedAt());
	}

	private static String user() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
