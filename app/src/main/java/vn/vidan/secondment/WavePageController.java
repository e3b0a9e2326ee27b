package vn.vidan.secondment;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.vidan.web.ProblemException;
import vn.vidan.workspace.PageController;

/**
 * The waves a person may read ({@code /secondments}), a wave's page ({@code /secondments/{waveCode}}), its side panel
 * for the task page ({@code …/panel}) and its process model. People outside the wave's province get 403.
 */
@PageController
class WavePageController {

	private final WavePage pages;

	WavePageController(WavePage pages) {
		this.pages = pages;
	}

	@GetMapping("/secondments")
	String waves(Model model) {
		model.addAttribute("waves", pages.list());
		return "secondment/waves";
	}

	@GetMapping("/secondments/{waveCode}")
	String wave(@PathVariable String waveCode, Model model) {
		model.addAttribute("wave", pages.view(waveCode, true));
		return "secondment/wave";
	}

	@GetMapping("/secondments/{waveCode}/panel")
	String panel(@PathVariable String waveCode, Model model) {
		model.addAttribute("wave", pages.view(waveCode, false));
		return "secondment/panel :: panel";
	}

	@GetMapping(value = "/secondments/{waveCode}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> diagram(@PathVariable String waveCode) {
		return pages.diagramXml(waveCode)
			.map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "case.noProcess", waveCode));
	}

}
