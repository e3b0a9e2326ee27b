package vn.vidan.request;

import java.time.Instant;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.web.ProblemException;

/**
 * What anyone may see without signing in: the procedure catalogue, and a dossier's status and dates by its receipt
 * code. Never a name, an ID number, a phone or an address.
 */
@RestController
@RequestMapping("/api/public")
class PublicRequestController {

	private final ResidentRequestRepository requests;

	private final ProcedureRepository procedures;

	private final RequestActions actions;

	PublicRequestController(ResidentRequestRepository requests, ProcedureRepository procedures,
			RequestActions actions) {
		this.requests = requests;
		this.procedures = procedures;
		this.actions = actions;
	}

	/** The resident rates the service, once, after the result: 1 (poor) to 5 (very good). */
	@PostMapping("/requests/{receiptCode}/rating")
	PublicStatus rate(@PathVariable String receiptCode, @Valid @RequestBody Rating rating) {
		actions.rate(receiptCode.trim(), rating.score(), rating.comment());
		return status(receiptCode);
	}

	/**
	 * The resident sends the missing documents online. The personal ID number on the dossier proves it is theirs; a
	 * wrong one answers as an unknown code, so the portal reveals nothing.
	 */
	@PostMapping("/requests/{receiptCode}/supplement")
	PublicStatus supplement(@PathVariable String receiptCode, @Valid @RequestBody OnlineSupplement body) {
		ResidentRequest request = requests.findById(receiptCode.trim())
			.filter(found -> found.getApplicantId().equals(body.personalId()))
			.orElseThrow(() -> unknown(receiptCode));
		actions.supplement(request.getReceiptCode(), body.documents());
		return status(receiptCode);
	}

	record Rating(@Min(1) @Max(5) int score, @Size(max = 1000) String comment) {
	}

	record OnlineSupplement(@NotBlank @Size(max = 12) String personalId, @NotNull @Size(max = 30) List<Intake.@NotNull @Valid Document> documents) {
	}

	private static ProblemException unknown(String receiptCode) {
		return new UnknownReceiptException(receiptCode);
	}

	@GetMapping("/requests/{receiptCode}")
	PublicStatus status(@PathVariable String receiptCode) {
		ResidentRequest request = requests.findById(receiptCode.trim()).orElseThrow(() -> unknown(receiptCode));
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
