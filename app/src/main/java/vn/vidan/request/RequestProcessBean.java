package vn.vidan.request;

import java.util.Date;
import java.util.List;

import vn.vidan.org.Role;
import vn.vidan.org.RoutingService;
import vn.vidan.process.ProcessBean;

/**
 * What ResidentRequestProcess asks of the dossier, by receipt code, so that no personal data (such as the address
 * routing needs) becomes a process variable.
 */
@ProcessBean("residentRequests")
public class RequestProcessBean {

	private final RequestLifecycle lifecycle;

	private final RequestSettings settings;

	private final RoutingService routing;

	RequestProcessBean(RequestLifecycle lifecycle, RequestSettings settings, RoutingService routing) {
		this.lifecycle = lifecycle;
		this.settings = settings;
		this.routing = routing;
	}

	/** How long to wait for a supplement, in working time. */
	public String supplementWait() {
		return settings.supplementWait();
	}

	public Date warningAt(String receiptCode) {
		return Date.from(lifecycle.warningAt(lifecycle.find(receiptCode)));
	}

	public Date dueAt(String receiptCode) {
		return Date.from(lifecycle.dueAt(lifecycle.find(receiptCode)));
	}

	/** The deciding unit above the commune works to the dossier's own deadline. */
	public Date higherLevelDueAt(String receiptCode) {
		return dueAt(receiptCode);
	}

	/** The area officer for the applicant's address. */
	public List<String> areaOfficers(String receiptCode) {
		ResidentRequest request = lifecycle.find(receiptCode);
		return routing.route(request.getUnitCode(), Role.AREA_OFFICER, request.getApplicantAddress()).users();
	}

	/** All area officers (or the leaders) when no single officer answers for the address. */
	public List<String> areaGroups(String receiptCode) {
		ResidentRequest request = lifecycle.find(receiptCode);
		return routing.route(request.getUnitCode(), Role.AREA_OFFICER, request.getApplicantAddress()).groups();
	}

}
