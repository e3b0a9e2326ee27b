package vn.vidan.org;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Asks routing who would get a task, the same way BPMN does. */
@RestController
class RoutingController {

	private final RoutingService routing;

	RoutingController(RoutingService routing) {
		this.routing = routing;
	}

	@GetMapping("/api/org/routing")
	Candidates route(@RequestParam String unit, @RequestParam String role,
			@RequestParam(required = false) String address) {
		return routing.route(unit, Role.parse(role), address);
	}

}
