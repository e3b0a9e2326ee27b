package vn.vidan.request;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.calendar.ServiceWindowKind;
import vn.vidan.inbox.InboxQuery;
import vn.vidan.inbox.InboxRow;
import vn.vidan.inbox.Viewers;
import vn.vidan.process.CaseType;
import vn.vidan.web.Idempotent;
import vn.vidan.web.ProblemException;

/** Dossiers, for officers: intake, the full record and its open steps. */
@RestController
@RequestMapping("/api/requests")
class RequestController {

	private final RequestIntake intake;

	private final RequestLifecycle lifecycle;

	private final RequestActions actions;

	private final RequestDocuments papers;

	private final DossierAccess access;

	private final InboxQuery inbox;

	private final Viewers viewers;

	RequestController(RequestIntake intake, RequestLifecycle lifecycle, RequestActions actions,
			RequestDocuments papers, DossierAccess access, InboxQuery inbox, Viewers viewers) {
		this.intake = intake;
		this.lifecycle = lifecycle;
		this.actions = actions;
		this.papers = papers;
		this.access = access;
		this.inbox = inbox;
		this.viewers = viewers;
	}

	/** The receipt slip with the appointment date, to print at the desk. */
	@GetMapping(value = "/{receiptCode}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> receiptSlip(@PathVariable String receiptCode) {
		return pdf("giay-tiep-nhan-" + receiptCode + ".pdf", papers.receiptSlip(find(receiptCode)));
	}

	/** The apology letter with the new date, for a dossier that went past its appointment. */
	@GetMapping(value = "/{receiptCode}/apology.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> apologyLetter(@PathVariable String receiptCode) {
		ResidentRequest request = find(receiptCode);
		if (request.getApologyIssuedAt() == null) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "request.noApologyLetter", receiptCode);
		}
		return pdf("phieu-xin-loi-" + receiptCode + ".pdf", papers.apologyLetter(request, request.getApologyOldDate()));
	}

	/** The written refusal with its reason, for a refused dossier. */
	@GetMapping(value = "/{receiptCode}/refusal.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> refusalLetter(@PathVariable String receiptCode) {
		ResidentRequest request = find(receiptCode);
		if (request.getStatus() != RequestStatus.REFUSED) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "request.noRefusal", receiptCode);
		}
		return pdf("phieu-tu-choi-" + receiptCode + ".pdf", papers.refusalLetter(request));
	}

	/** The notice of the result, once the dossier is approved. */
	@GetMapping(value = "/{receiptCode}/result.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> resultNotice(@PathVariable String receiptCode) {
		ResidentRequest request = find(receiptCode);
		if (!DossierPage.APPROVED.contains(request.getStatus())) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "request.noResult", receiptCode);
		}
		return pdf("thong-bao-ket-qua-" + receiptCode + ".pdf", papers.resultNotice(request));
	}

	private static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
			.body(content);
	}

	/** The dossier, if it exists and is in the signed-in officer's units. */
	private ResidentRequest find(String receiptCode) {
		ResidentRequest request = lifecycle.find(receiptCode);
		access.check(request.getUnitCode());
		return request;
	}

	/** Documents a resident brings at the desk after a supplement request; the statutory clock restarts. */
	@Idempotent
	@PostMapping("/{receiptCode}/supplement")
	@Transactional
	Dossier supplement(@PathVariable String receiptCode, @Valid @RequestBody Supplement body) {
		access.check(find(receiptCode).getUnitCode());
		return Dossier.of(actions.supplement(receiptCode, body.documents()));
	}

	/** The resident withdraws the dossier, before it is approved. */
	@PostMapping("/{receiptCode}/withdrawal")
	@Transactional
	Dossier withdraw(@PathVariable String receiptCode) {
		access.check(find(receiptCode).getUnitCode());
		return Dossier.of(actions.withdraw(receiptCode));
	}

	record Supplement(@NotNull @Size(max = 30) List<Intake.@NotNull @Valid Document> documents) {
	}

	@Idempotent
	@PostMapping
	ResponseEntity<Receipt> receive(@Valid @RequestBody Intake body, Principal officer) {
		ResidentRequest request = intake.receive(body, officer.getName());
		return ResponseEntity.created(URI.create("/api/requests/" + request.getReceiptCode()))
			.body(new Receipt(request.getReceiptCode(), request.getAppointmentAt(), request.getStatus(),
					request.getServiceWindow()));
	}

	@GetMapping("/{receiptCode}")
	@Transactional(readOnly = true)
	Dossier dossier(@PathVariable String receiptCode) {
		return Dossier.of(find(receiptCode));
	}

	/** The dossier's open steps the caller may see, from the inbox's read model: how API clients find a task to do. */
	@GetMapping("/{receiptCode}/tasks")
	@Transactional(readOnly = true)
	@Operation(summary = "The dossier's open steps",
			description = "The open user tasks of the dossier that the caller sees in their inbox (theirs, offered to "
					+ "them or one of their groups, or in the units they lead), oldest first, from Vidan's read model "
					+ "(no Camunda task query). Complete one with POST /engine-rest/task/{id}/complete.")
	@ApiResponse(responseCode = "200", description = "The open steps; empty when none is the caller's to see")
	@ApiResponse(responseCode = "404", description = "No dossier has this receipt code, or none the caller may see "
			+ "(request.unknownReceipt)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	List<OpenStep> openSteps(@PathVariable String receiptCode, Authentication caller) {
		ResidentRequest request = lifecycle.find(receiptCode);
		if (!access.mayView(request.getUnitCode())) {
			throw new UnknownReceiptException(receiptCode);
		}
		return inbox.openTasksOfCase(viewers.of(caller), CaseType.REQUEST, request.getReceiptCode())
			.stream()
			.map(OpenStep::of)
			.toList();
	}

	record Receipt(String receiptCode, Instant appointmentDate, RequestStatus status, ServiceWindowKind serviceWindow) {
	}

	record Dossier(String receiptCode, String procedureCode, String unitCode, Channel channel,
			ServiceWindowKind serviceWindow, RequestStatus status, Applicant applicant, Instant receivedAt,
			Instant appointmentDate, String receivedBy, String missingDocuments, Instant apologyIssuedAt,
			String refusalReason, String handOverMethod, String trackingNumber, Instant closedAt, Timeliness timeliness,
			Integer rating, String ratingComment, List<History> history, List<Document> documents) {

		static Dossier of(ResidentRequest request) {
			Applicant.Representative representative = request.getRepresentativeName() == null ? null
					: new Applicant.Representative(request.getRepresentativeName(), request.getRepresentativeId());
			return new Dossier(request.getReceiptCode(), request.getProcedureCode(), request.getUnitCode(),
					request.getChannel(), request.getServiceWindow(), request.getStatus(),
					new Applicant(request.getApplicantName(), request.getApplicantId(), request.getApplicantPhone(),
							request.getApplicantAddress(), representative),
					request.getReceivedAt(), request.getAppointmentAt(), request.getReceivedBy(),
					request.getMissingDocuments(), request.getApologyIssuedAt(), request.getRefusalReason(),
					request.getHandOverMethod(), request.getTrackingNumber(), request.getClosedAt(),
					request.getTimeliness(), request.getRating(), request.getRatingComment(), request.getHistory()
						.stream()
						.map(change -> new History(change.getStatus(), change.getChangedAt(), change.getChangedBy(),
								change.getNote()))
						.toList(),
					request.getDocuments()
						.stream()
						.map(document -> new Document(document.getDocumentCode(), document.getFileName(),
								document.getContentType(), document.getSizeBytes(), document.getSha256()))
						.toList());
		}

	}

	record History(RequestStatus status, Instant at, String by, String note) {
	}

	/**
	 * An open step of a dossier.
	 * @param id the Camunda task id
	 * @param assignee who holds it, null while it waits to be claimed
	 * @param due when it is due, null for none
	 */
	record OpenStep(String id, String taskDefinitionKey, String name, String assignee, Instant due, Instant created) {

		static OpenStep of(InboxRow row) {
			return new OpenStep(row.taskId(), row.taskKey(), row.taskName(), row.assignee(), row.due(), row.createdAt());
		}

	}

	record Document(String code, String fileName, String contentType, long sizeBytes, String sha256) {
	}

}
