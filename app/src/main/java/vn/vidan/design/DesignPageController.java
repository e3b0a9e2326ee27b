package vn.vidan.design;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.vidan.workspace.PageController;
import vn.vidan.web.ProblemException;

/**
 * The designer's page in the workspace ({@code /design}): every process with its versions and the cases running on
 * each, step by step; a dry run and the move of one version's cases to the latest; and a simulation of a changed
 * model before it is deployed. Process designers and administrators.
 */
@PageController
@PreAuthorize("hasAnyRole('PROCESS_DESIGNER', 'ADMIN')")
class DesignPageController {

	private final ProcessVersions versions;

	private final Migrations migrations;

	private final Simulations simulations;

	DesignPageController(ProcessVersions versions, Migrations migrations, Simulations simulations) {
		this.versions = versions;
		this.migrations = migrations;
		this.simulations = simulations;
	}

	@GetMapping("/design")
	String processes(@RequestParam(name = "batch", required = false) String batch, Model model) {
		model.addAttribute("processes", versions.all());
		if (batch != null && !batch.isBlank()) {
			model.addAttribute("progress", migrations.progress(batch));
		}
		return "design/processes";
	}

	@PostMapping("/design/dry-run")
	String dryRun(@RequestParam String source, @RequestParam String target, Model model) {
		model.addAttribute("source", version(source));
		model.addAttribute("target", version(target));
		model.addAttribute("dryRun", migrations.dryRun(new Migrations.Request(source, target, List.of())));
		return "design/dry-run";
	}

	@PostMapping("/design/migrations")
	String migrate(@RequestParam String source, @RequestParam String target, Authentication designer) {
		Migrations.Started started = migrations.start(new Migrations.Request(source, target, List.of()),
				designer.getName());
		return "redirect:/design?batch=" + started.batchId();
	}

	@PostMapping("/design/simulations")
	String simulate(@RequestParam("model") MultipartFile file,
			@RequestParam(name = "cases", defaultValue = "100") int cases, Model model) throws IOException {
		if (file.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.simulationNotBpmn");
		}
		model.addAttribute("report", simulations.simulate(file.getBytes(), cases));
		model.addAttribute("fileName", file.getOriginalFilename());
		return "design/simulation";
	}

	private ProcessVersions.Version version(String id) {
		ProcessVersions.Version version = versions.version(id);
		if (version == null) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "design.unknownVersion");
		}
		return version;
	}

}
