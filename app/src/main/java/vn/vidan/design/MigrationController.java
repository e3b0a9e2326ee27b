package vn.vidan.design;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Versions and migrations for process designers (and administrators): see, dry-run, migrate, follow. */
@RestController
@RequestMapping("/api/design")
@PreAuthorize("hasAnyRole('PROCESS_DESIGNER', 'ADMIN')")
class MigrationController {

	private final ProcessVersions versions;

	private final Migrations migrations;

	MigrationController(ProcessVersions versions, Migrations migrations) {
		this.versions = versions;
		this.migrations = migrations;
	}

	@GetMapping("/processes")
	List<ProcessVersions.ProcessView> processes() {
		return versions.all();
	}

	@PostMapping("/migrations/dry-run")
	Migrations.DryRun dryRun(@Valid @RequestBody Migrations.Request request) {
		return migrations.dryRun(request);
	}

	@PostMapping("/migrations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Migrations.Started migrate(@Valid @RequestBody Migrations.Request request, Authentication designer) {
		return migrations.start(request, designer.getName());
	}

	@GetMapping("/migrations/{batchId}")
	Migrations.Progress progress(@PathVariable String batchId) {
		return migrations.progress(batchId);
	}

}
