package vn.vidan.tip;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vidan.web.ProblemException;
import vn.vidan.web.StoredFiles;
import vn.vidan.workspace.PageController;

/**
 * A tip's page ({@code /tips/{reference}}), its side panel ({@code …/panel}), its process model and attachments, and
 * the reveal of its reporter: a form for the unit's leaders and the handler, with a reason of 10 to 1000 characters,
 * that goes through the audited {@link TipCase#reveal}. The identity appears only in the answer to that form, never
 * cached; no other page or fragment has it.
 */
@PageController
class TipPageController {

	static final int REASON_MIN = 10;

	static final int REASON_MAX = 1000;

	private final TipPage pages;

	private final TipCase tips;

	TipPageController(TipPage pages, TipCase tips) {
		this.pages = pages;
		this.tips = tips;
	}

	@GetMapping("/tips/{reference}")
	String tip(@PathVariable String reference, Model model) {
		model.addAttribute("page", pages.view(reference, true));
		return "tip/tip";
	}

	@GetMapping("/tips/{reference}/panel")
	String panel(@PathVariable String reference, Model model) {
		model.addAttribute("page", pages.view(reference, false));
		return "tip/panel :: panel";
	}

	/**
	 * Reveals the reporter to a leader or the handler, with the reason recorded. A missing or too short reason changes
	 * nothing and says so beside the field; anyone else gets 403 and nothing is revealed or recorded.
	 */
	@PostMapping("/tips/{reference}/reporter/reveal")
	String reveal(@PathVariable String reference, @RequestParam(defaultValue = "") String reason, Model model,
			HttpServletResponse response) {
		String trimmed = reason.trim();
		if (trimmed.length() < REASON_MIN || trimmed.length() > REASON_MAX) {
			model.addAttribute("revealError", trimmed.isEmpty() ? "case.tip.reveal.error.required"
					: trimmed.length() < REASON_MIN ? "case.tip.reveal.error.short" : "case.tip.reveal.error.long");
			model.addAttribute("revealReason", reason);
			model.addAttribute("page", pages.view(reference, true));
			return "tip/tip";
		}
		ReporterIdentity identity = tips.reveal(reference, trimmed);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("identity", identity);
		model.addAttribute("page", pages.view(reference, true));
		return "tip/tip";
	}

	@GetMapping(value = "/tips/{reference}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> diagram(@PathVariable String reference) {
		return pages.diagramXml(reference)
			.map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "case.noProcess", reference));
	}

	@GetMapping("/tips/{reference}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String reference, @PathVariable String attachmentId,
			@RequestParam(required = false) String download) {
		TipAttachment attachment = tips.attachment(reference, attachmentId);
		return StoredFiles.response(attachment.getFileName(), attachment.getMediaType(), attachment.getContent(),
				download != null);
	}

}
