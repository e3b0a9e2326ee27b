package vn.vidan.tip;

import java.net.URI;
import java.security.Principal;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import vn.vidan.web.Idempotent;

/** Tips for officers: receive, read, add evidence, ask the reporter, reveal the reporter (leaders and handler only). */
@RestController
class TipController {

	/** An officer's intake: the report plus how it came in. */
	record OfficerIntake(@NotNull TipChannel channel, @Valid @NotNull @JsonUnwrapped TipIntake.Report report) {
	}

	record Reveal(@NotBlank @Size(min = 10, max = 1000) String reason) {
	}

	record Ask(@NotBlank @Size(max = 2000) String question) {
	}

	private final TipIntake intake;

	private final TipCase tips;

	private final ReporterVault vault;

	TipController(TipIntake intake, TipCase tips, ReporterVault vault) {
		this.intake = intake;
		this.tips = tips;
		this.vault = vault;
	}

	@Idempotent
	@PostMapping("/api/tips")
	ResponseEntity<TipIntake.Receipt> receive(@Valid @RequestBody OfficerIntake body, Principal officer) {
		TipIntake.Receipt receipt = intake.receiveByOfficer(body.report(), body.channel(), officer.getName());
		return ResponseEntity.created(URI.create("/api/tips/" + receipt.reference())).body(receipt);
	}

	@GetMapping("/api/tips/{reference}")
	TipCase.View tip(@PathVariable String reference) {
		return tips.view(reference);
	}

	@GetMapping("/api/tips/{reference}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String reference, @PathVariable String attachmentId) {
		TipAttachment attachment = tips.attachment(reference, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getMediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("Digest", "sha-256=" + attachment.getSha256())
			.body(attachment.getContent());
	}

	@Idempotent
	@PostMapping("/api/tips/{reference}/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	TipCase.AttachmentInfo attach(@PathVariable String reference, @Valid @RequestBody TipIntake.Attachment body) {
		return tips.attach(reference, body);
	}

	@Idempotent
	@PostMapping("/api/tips/{reference}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	TipCase.QuestionView ask(@PathVariable String reference, @Valid @RequestBody Ask body) {
		return tips.ask(reference, body.question());
	}

	@PostMapping("/api/tips/{reference}/reporter/reveal")
	ReporterIdentity reveal(@PathVariable String reference, @Valid @RequestBody Reveal body) {
		return tips.reveal(reference, body.reason());
	}

	/** After adding a new active key: re-seal every vault entry under it, so the old key can be dropped. */
	@PostMapping("/api/admin/tips/vault/rotation")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Integer> rotate() {
		return Map.of("resealed", vault.rotate());
	}

}
