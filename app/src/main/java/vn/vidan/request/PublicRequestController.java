package vn.vidan.request;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.web.Idempotent;

/**
 * What anyone may see without signing in: the procedure catalogue, and a dossier's status and dates by its receipt
 * code with the last 4 digits of the applicant's personal ID number ({@value #ID_LAST4_HEADER}; see
 * {@link PortalAccess}). Never a name, an ID number, a phone or an address.
 */
@RestController
@RequestMapping("/api/public")
class PublicRequestController {

	/** The second factor of a look-up or a rating: the last 4 digits of the applicant's personal ID number. */
	static final String ID_LAST4_HEADER = "X-Personal-Id-Last4";

	private final ProcedureRepository procedures;

	private final RequestActions actions;

	private final PortalAccess portal;

	PublicRequestController(ProcedureRepository procedures, RequestActions actions, PortalAccess portal) {
		this.portal = portal;
		this.procedures = procedures;
		this.actions = actions;
	}

	/** The resident rates the service, once, after the result: 1 (poor) to 5 (very good). */
	@Idempotent
	@PostMapping("/requests/{receiptCode}/rating")
	PublicStatus rate(@PathVariable String receiptCode, @Valid @RequestBody Rating rating,
			@RequestHeader(name = ID_LAST4_HEADER, required = false) String idLast4, HttpServletRequest http) {
		ResidentRequest request = portal.byIdLast4(receiptCode, idLast4, http.getRemoteAddr());
		return status(actions.rate(request.getReceiptCode(), rating.score(), rating.comment()));
	}

	/**
	 * The resident sends the missing documents online. The personal ID number on the dossier proves it is theirs; a
	 * wrong one answers as an unknown code, so the portal reveals nothing.
	 */
	@Idempotent
	@PostMapping("/requests/{receiptCode}/supplement")
	PublicStatus supplement(@PathVariable String receiptCode, @Valid @RequestBody OnlineSupplement body,
			HttpServletRequest http) {
		ResidentRequest request = portal.byPersonalId(receiptCode, body.personalId(), http.getRemoteAddr());
		return status(actions.supplement(request.getReceiptCode(), body.documents()));
	}

	record Rating(@Min(1) @Max(5) int score, @Size(max = 1000) String comment) {
	}

	record OnlineSupplement(@NotBlank @Size(max = 12) String personalId, @NotNull @Size(max = 30) List<Intake.@NotNull @Valid Document> documents) {
	}

	@GetMapping("/requests/{receiptCode}")
	PublicStatus status(@PathVariable String receiptCode,
			@RequestHeader(name = ID_LAST4_HEADER, required = false) String idLast4, HttpServletRequest http) {
		return status(portal.byIdLast4(receiptCode, idLast4, http.getRemoteAddr()));
	}

	private PublicStatus status(ResidentRequest request) {
		String procedureName = procedures.findById(request.getProcedureCode()).map(Procedure::getName).orElse(null);
		return new PublicStatus(request.getReceiptCode(), procedureName, request.getStatus(), request.getReceivedAt(),
				request.getAppointmentAt(), request.getClosedAt(), request.getTimeliness(), request.getRating() != null);
	}

	@GetMapping("/procedures")
	List<ProcedureView> procedures() {
		return procedures.findAllByOrderByCode().stream().filter(Procedure::isActive).map(ProcedureView::of).toList();
	}

	record PublicStatus(String receiptCode, String procedure, RequestStatus status, Instant receivedAt,
			Instant appointmentDate, Instant closedAt, Timeliness timeliness, boolean rated) {
	}

}
