package vn.vidan.design;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vidan.web.ProblemException;

/**
 * Simulation before deploy: the designer sends the changed BPMN (not deployed) and how many of the last closed cases
 * to replay through it.
 */
@RestController
@PreAuthorize("hasAnyRole('PROCESS_DESIGNER', 'ADMIN')")
class SimulationController {

	private final Simulations simulations;

	SimulationController(Simulations simulations) {
		this.simulations = simulations;
	}

	@PostMapping(path = "/api/design/simulations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Simulations.Report simulate(@RequestParam("model") MultipartFile model,
			@RequestParam(name = "cases", defaultValue = "100") int cases) throws IOException {
		if (model.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "design.simulationNotBpmn");
		}
		return simulations.simulate(model.getBytes(), cases);
	}

}
