package vn.vidan.request;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	PublicRequestController(ResidentRequestRepository requests, ProcedureRepository procedures) {
		this.requests = requests;
		this.procedures = procedures;
	}

	@GetMapping("/requests/{receiptCode}")
	PublicStatus status(@PathVariable String receiptCode) {
		ResidentRequest request = requests.findById(receiptCode.trim())
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "Unknown receipt code",
					"There is no dossier with receipt code '" + receiptCode
							+ "'. Check the code on your receipt slip, e.g. HOAMINH-260313-0007."));
		String procedureName = procedures.findById(request.getProcedureCode()).map(Procedure::getName).orElse(null);
		return new PublicStatus(request.getReceiptCode(), procedureName, request.getStatus(), request.getReceivedAt(),
				request.getAppointmentAt());
	}

	@GetMapping("/procedures")
	List<ProcedureView> procedures() {
		return procedures.findAllByOrderByCode().stream().filter(Procedure::isActive).map(ProcedureView::of).toList();
	}

	record PublicStatus(String receiptCode, String procedure, RequestStatus status, Instant receivedAt,
			Instant appointmentDate) {
	}

}
