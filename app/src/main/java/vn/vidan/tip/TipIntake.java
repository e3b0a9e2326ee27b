package vn.vidan.tip;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.OrgSnapshot;
import vn.vidan.org.Unit;
import vn.vidan.org.UnitLevel;
import vn.vidan.process.EngineClock;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.web.ProblemException;
import vn.vidan.web.Uploads;

/**
 * Receives a tip: checks it, numbers it, stores attachments with their hashes, seals the reporter's identity in the
 * vault and starts {@code TipReportProcess}, all in one transaction. The process gets the reference, the unit, the
 * suggested category and the urgency, nothing about the reporter.
 */
@Service
class TipIntake {

	static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

	/** What a reporter or an officer sends. */
	record Report(@NotBlank @Size(max = 32) String unitCode, @NotBlank @Size(max = 300) String incidentAddress,
			@NotNull OffsetDateTime incidentAt, @NotBlank @Size(max = 4000) String description,
			TipCategory suggestedCategory, Urgency urgency, @Valid ReporterIdentity reporter, @Size(max = 32) String referredByUnit,
			@Size(max = 10) List<@NotNull @Valid Attachment> attachments) {

		Report {
			// Not List.copyOf: a null inside must reach validation (a 400 naming it), not fail here.
			attachments = attachments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attachments));
		}

	}

	record Attachment(@NotBlank @Size(max = 200) String fileName, @Size(max = 100) String mediaType,
			@NotBlank String contentBase64) {
	}

	/** What the reporter takes away: the code and the secret to follow the tip. The secret is never shown again. */
	record Receipt(String reference, String trackingCode, String secret) {
	}

	private final TipReportRepository tips;

	private final TipAttachmentRepository attachments;

	private final ReporterVault vault;

	private final TipCodes codes;

	private final OrgDirectory directory;

	private final RuntimeService runtime;

	private final TipAccess access;

	private final Uploads uploads;

	TipIntake(TipReportRepository tips, TipAttachmentRepository attachments, ReporterVault vault, TipCodes codes,
			OrgDirectory directory, RuntimeService runtime, TipAccess access, Uploads uploads) {
		this.uploads = uploads;
		this.tips = tips;
		this.attachments = attachments;
		this.vault = vault;
		this.codes = codes;
		this.directory = directory;
		this.runtime = runtime;
		this.access = access;
	}

	/** From the public portal: always ONLINE, no officer, and no unit that referred it. */
	@Transactional
	public Receipt receiveOnline(Report report) {
		if (report.referredByUnit() != null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.referrerOnlyForReferral");
		}
		return receive(report, TipChannel.ONLINE, null);
	}

	/**
	 * At the desk, by phone, from a forum or referred by another unit: the officer must cover the commune. A referral
	 * names the unit that referred it, which must be the officer's own; only a referral names one.
	 */
	@Transactional
	public Receipt receiveByOfficer(Report report, TipChannel channel, String officer) {
		if (channel == TipChannel.ONLINE) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.wrongChannel");
		}
		incidentUnit(report.unitCode().trim());
		access.checkUnit(report.unitCode().trim());
		if (channel != TipChannel.REFERRAL && report.referredByUnit() != null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.referrerOnlyForReferral");
		}
		if (channel == TipChannel.REFERRAL) {
			if (report.referredByUnit() == null || report.referredByUnit().isBlank()) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.referrerRequired");
			}
			access.checkReferrer(report.referredByUnit().trim());
		}
		return receive(report, channel, officer);
	}

	private Receipt receive(Report report, TipChannel channel, String officer) {
		Unit unit = incidentUnit(report.unitCode().trim());
		if (report.incidentAt().toInstant().isAfter(EngineClock.now().plusSeconds(300))) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.incidentInFuture");
		}
		if (report.suggestedCategory() == TipCategory.DUPLICATE) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.notSuggestable");
		}
		if (report.referredByUnit() != null && !directory.snapshot().hasUnit(report.referredByUnit())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.unknownReferringUnit", report.referredByUnit());
		}
		List<Decoded> decoded = IntStream.range(0, report.attachments().size())
			.mapToObj(i -> decode(report.attachments().get(i), i + 1, uploads))
			.toList();
		Instant now = EngineClock.now();
		String reference = codes.nextReference(unit.getCode(), now);
		String trackingCode = codes.trackingCode();
		String secret = codes.secret();
		ReporterIdentity reporter = report.reporter();
		boolean anonymous = reporter == null || reporter.isEmpty();
		// An assigned id makes save() a merge: keep the managed copy it returns.
		TipReport tip = tips.save(new TipReport(reference, trackingCode, TipCodes.hash(secret), report, channel,
				anonymous, !anonymous && reporter.reachable(), now, officer));
		for (Decoded attachment : decoded) {
			attachments.save(TipAttachment.received(reference, attachment.attachment(), attachment.content(),
					officer == null ? "người báo tin" : officer, now));
		}
		if (!anonymous) {
			vault.seal(reference, reporter, now);
		}
		String processInstanceId = runtime
			.startProcessInstanceByKey(TipReportProcess.PROCESS_KEY, reference,
					Map.of(TipReportProcess.Vars.TIP_ID, reference, TipReportProcess.Vars.UNIT_CODE, unit.getCode(),
							TipReportProcess.Vars.SUGGESTED_CATEGORY, tip.getSuggestedCategory().name(),
							TipReportProcess.Vars.URGENCY, tip.getUrgency().name()))
			.getId();
		tip.started(processInstanceId);
		return new Receipt(reference, trackingCode, secret);
	}

	private Unit incidentUnit(String code) {
		OrgSnapshot org = directory.snapshot();
		if (!org.hasUnit(code)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.unknownUnit", code);
		}
		Unit unit = org.unit(code);
		if (unit.getLevel() != UnitLevel.COMMUNE) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.notCommune", unit.getName());
		}
		return unit;
	}

	/** An attachment's bytes, and the attachment as it will be kept: under the type its bytes show. */
	record Decoded(Attachment attachment, byte[] content) {
	}

	/**
	 * The attachment's content, checked for size and for its type by its bytes (never the declared type);
	 * {@code position} (from 1) names it in a refusal, never its file name.
	 */
	static Decoded decode(Attachment attachment, int position, Uploads uploads) {
		byte[] content;
		try {
			content = Base64.getMimeDecoder().decode(attachment.contentBase64());
		}
		catch (IllegalArgumentException e) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.unreadableAttachment", position);
		}
		if (content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.attachmentSize", position, content.length);
		}
		String type = uploads.evidenceType(content, position);
		return new Decoded(new Attachment(attachment.fileName(), type, attachment.contentBase64()), content);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
