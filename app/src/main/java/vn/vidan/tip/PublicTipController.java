package vn.vidan.tip;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.web.Idempotent;

/** The public side of tips, no sign-in: report one, follow it with the tracking code and secret, answer questions. */
@RestController
class PublicTipController {

	static final String SECRET_HEADER = "X-Tip-Secret";

	record Tracking(String trackingCode, String secret) {
	}

	record Answer(@NotBlank @Size(max = 64) String questionId, @NotBlank @Size(max = 4000) String answer) {
	}

	private final TipIntake intake;

	private final TipFollowUp followUp;

	PublicTipController(TipIntake intake, TipFollowUp followUp) {
		this.intake = intake;
		this.followUp = followUp;
	}

	@Idempotent
	@PostMapping("/api/public/tips")
	@ResponseStatus(HttpStatus.CREATED)
	Tracking report(@Valid @RequestBody TipIntake.Report report) {
		TipIntake.Receipt receipt = intake.receiveOnline(report);
		return new Tracking(receipt.trackingCode(), receipt.secret());
	}

	@GetMapping("/api/public/tips/{trackingCode}")
	TipFollowUp.Status status(@PathVariable String trackingCode,
			@RequestHeader(name = SECRET_HEADER, required = false) String secret, HttpServletRequest request) {
		return followUp.status(trackingCode, secret, request.getRemoteAddr());
	}

	@Idempotent
	@PostMapping("/api/public/tips/{trackingCode}/answers")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void answer(@PathVariable String trackingCode, @RequestHeader(name = SECRET_HEADER, required = false) String secret,
			@Valid @RequestBody Answer body, HttpServletRequest request) {
		followUp.answer(trackingCode, secret, request.getRemoteAddr(), body.questionId(), body.answer());
	}

}
