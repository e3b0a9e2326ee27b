package vn.vidan.secondment;

import java.net.URI;
import java.util.EnumSet;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vidan.processes.secondment.SecondmentTermProcess;
import vn.vidan.web.Idempotent;
import vn.vidan.web.ProblemException;

/** Secondment waves: the plan, nominations, adjustments, the decision, the summary, early ends. */
@RestController
@RequestMapping("/api/secondments")
class SecondmentController {

	record Nomination(@NotBlank @Size(max = 64) String username) {
	}

	record Adjustment(@NotBlank @Size(max = 32) String communeCode) {
	}

	record EarlyEnd(@NotBlank @Size(min = 5, max = 1000) String reason) {
	}

	private final Waves waves;

	private final WaveViews views;

	private final Terms terms;

	private final WaveAccess access;

	private final RuntimeService runtime;

	SecondmentController(Waves waves, WaveViews views, Terms terms, WaveAccess access, RuntimeService runtime) {
		this.waves = waves;
		this.views = views;
		this.terms = terms;
		this.access = access;
		this.runtime = runtime;
	}

	@Idempotent
	@PostMapping("/waves")
	ResponseEntity<WaveViews.View> draft(@Valid @RequestBody Waves.Plan plan) {
		SecondmentWave wave = waves.draft(plan);
		return ResponseEntity.created(URI.create("/api/secondments/waves/" + wave.getCode())).body(views.view(wave.getCode()));
	}

	@PutMapping("/waves/{code}/plan")
	WaveViews.View revise(@PathVariable String code, @Valid @RequestBody Waves.Plan plan) {
		waves.revise(code, plan);
		return views.view(code);
	}

	@GetMapping("/waves/{code}")
	WaveViews.View wave(@PathVariable String code) {
		return views.view(code);
	}

	@Idempotent
	@PostMapping("/waves/{code}/nominations")
	ResponseEntity<Map<String, String>> nominate(@PathVariable String code, @Valid @RequestBody Nomination body) {
		String source = waves.nominate(code, body.username().trim());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("username", body.username().trim(), "sourceUnitCode", source));
	}

	@PutMapping("/waves/{code}/assignments/{username}")
	WaveViews.View adjust(@PathVariable String code, @PathVariable String username,
			@Valid @RequestBody Adjustment body) {
		waves.adjust(code, username, body.communeCode().trim());
		return views.view(code);
	}

	@GetMapping(value = "/waves/{code}/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> decision(@PathVariable String code) {
		SecondmentWave wave = waves.find(code);
		access.checkRead(wave);
		if (wave.getDecisionPdf() == null) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "secondment.noDecisionYet", code);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("quyet-dinh-" + code + ".pdf").build().toString())
			.body(wave.getDecisionPdf());
	}

	@GetMapping("/waves/{code}/summary")
	WaveViews.Summary summary(@PathVariable String code) {
		return views.summary(code);
	}

	/** Illness or recall: the officer's term ends now, access closes, and a replacement is proposed for the place. */
	@PostMapping("/assignments/{id}/early-end")
	@Transactional
	ResponseEntity<Void> endEarly(@PathVariable String id, @Valid @RequestBody EarlyEnd body) {
		SecondmentAssignment assignment = terms.assignment(id);
		access.checkPersonnel(waves.find(assignment.getWaveCode()).getProvinceCode());
		if (!EnumSet.of(AssignmentStatus.SERVING).contains(assignment.getStatus())) {
			throw new ProblemException(HttpStatus.CONFLICT, "secondment.notServing", id,
					ProblemException.label("assignmentStatus", assignment.getStatus()));
		}
		runtime.createMessageCorrelation(SecondmentTermProcess.MESSAGE_TERM_ENDED_EARLY)
			.processInstanceVariableEquals(SecondmentTermProcess.Vars.ASSIGNMENT_ID, id)
			.setVariable("endReason", body.reason().trim())
			.correlate();
		return ResponseEntity.noContent().build();
	}

}
