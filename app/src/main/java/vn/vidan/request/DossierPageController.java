package vn.vidan.request;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vidan.web.ProblemException;
import vn.vidan.web.StoredFiles;
import vn.vidan.workspace.PageController;

/**
 * A dossier's page ({@code /requests/{receiptCode}}), its side panel for the task page ({@code …/panel}, an htmx
 * fragment), its process model for the diagram, and its documents. Officers of other units get 403.
 */
@PageController
class DossierPageController {

	private final DossierPage pages;

	DossierPageController(DossierPage pages) {
		this.pages = pages;
	}

	@GetMapping("/requests/{receiptCode}")
	String dossier(@PathVariable String receiptCode, Model model) {
		model.addAttribute("dossier", pages.view(receiptCode, true));
		return "request/dossier";
	}

	@GetMapping("/requests/{receiptCode}/panel")
	String panel(@PathVariable String receiptCode, Model model) {
		model.addAttribute("dossier", pages.view(receiptCode, false));
		return "request/panel :: panel";
	}

	@GetMapping(value = "/requests/{receiptCode}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> diagram(@PathVariable String receiptCode) {
		return pages.diagramXml(receiptCode)
			.map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "case.noProcess", receiptCode));
	}

	@GetMapping("/requests/{receiptCode}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String receiptCode, @PathVariable String documentId,
			@RequestParam(required = false) String download) {
		RequestDocument document = pages.document(receiptCode, documentId)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "case.unknownDocument", receiptCode));
		return StoredFiles.response(document.getFileName() == null ? document.getDocumentCode() : document.getFileName(),
				document.getContentType(), document.getContent(), download != null);
	}

}
