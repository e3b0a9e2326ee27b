package vn.vidan.request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.org.Role;
import vn.vidan.web.ProblemException;

/** The procedure catalogue: everyone signed in reads it, an administrator edits it. */
@RestController
@RequestMapping("/api/procedures")
class ProcedureController {

	private final ProcedureRepository procedures;

	ProcedureController(ProcedureRepository procedures) {
		this.procedures = procedures;
	}

	@GetMapping
	List<ProcedureView> list() {
		return procedures.findAllByOrderByCode().stream().map(ProcedureView::of).toList();
	}

	/** Creates or replaces a procedure. Dossiers already received keep the appointment date they were given. */
	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	ProcedureView put(@PathVariable @Pattern(regexp = "[A-Z0-9_]{2,32}", message = "{problem.validation.code}") String code,
			@Valid @RequestBody ProcedureChange change) {
		if (change.decidingRole() != null) {
			Role.parse(change.decidingRole()); // an unknown role is a clear 400
		}
		Set<String> seen = new HashSet<>();
		for (DocumentChange document : change.documents()) {
			if (!seen.add(document.code())) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "request.documentTwice", document.code());
			}
		}
		Procedure procedure = procedures.findById(code).orElseGet(() -> new Procedure(code));
		procedure.update(change.name().trim(), change.timeUnit(), change.timeAmount(), change.decidingRole(),
				change.feeVnd(), change.resultByPost(), change.active(),
				change.documents()
					.stream()
					.map(document -> new ProcedureDocument(document.code(), document.name().trim(), document.required()))
					.toList());
		return ProcedureView.of(procedures.save(procedure));
	}

	record ProcedureChange(@NotBlank @Size(max = 300) String name, @NotNull TimeUnit timeUnit,
			@Min(0) @Max(365) int timeAmount, String decidingRole, @Min(0) int feeVnd, boolean resultByPost,
			boolean active, @NotNull @Size(max = 50) List<@NotNull @Valid DocumentChange> documents) {
	}

	record DocumentChange(@NotBlank @Pattern(regexp = "[A-Z0-9_]{2,32}", message = "{problem.validation.code}") String code,
			@NotBlank @Size(max = 300) String name, boolean required) {
	}

}
