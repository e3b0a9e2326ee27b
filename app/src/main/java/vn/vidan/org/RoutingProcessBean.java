package vn.vidan.org;

import java.util.List;

import vn.vidan.process.ProcessBean;

/**
 * Routing as BPMN sees it: {@code camunda:candidateGroups="${routing.groups(unitCode, 'UNIT_LEADER')}"}. Group names
 * never appear in BPMN.
 */
@ProcessBean("routing")
public class RoutingProcessBean {

	private final RoutingService routing;

	RoutingProcessBean(RoutingService routing) {
		this.routing = routing;
	}

	/** Candidate groups for the role in the unit. */
	public List<String> groups(String unitCode, String role) {
		return routing.route(unitCode, Role.parse(role), null).groups();
	}

	/** Candidate users for the role in the unit, e.g. the commune's Party secretary. */
	public List<String> users(String unitCode, String role) {
		return routing.route(unitCode, Role.parse(role), null).users();
	}

	/** The area officer(s) for an address; the unit's area officers when no area matches. */
	public List<String> areaOfficers(String unitCode, String address) {
		return routing.route(unitCode, Role.AREA_OFFICER, address).users();
	}

	/** Candidate groups for the area officer of an address, when no single officer matches. */
	public List<String> areaGroups(String unitCode, String address) {
		return routing.route(unitCode, Role.AREA_OFFICER, address).groups();
	}

}
