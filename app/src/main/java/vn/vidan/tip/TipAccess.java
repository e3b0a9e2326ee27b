package vn.vidan.tip;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.Role;
import vn.vidan.org.RoutingService;
import vn.vidan.org.UnitGroup;
import vn.vidan.org.UnitScope;
import vn.vidan.web.ProblemException;

/**
 * Who may see a tip and who may see its reporter. A tip: officers whose units cover the incident's unit, and the
 * investigating agency it was transferred to. The reporter's identity: only the unit's leaders and the assigned
 * handler, with a reason. Administrators and auditors read tips, never identities.
 */
@Component
class TipAccess {

	private final UnitScope scope;

	private final OrgDirectory directory;

	private final RoutingService routing;

	TipAccess(UnitScope scope, OrgDirectory directory, RoutingService routing) {
		this.scope = scope;
		this.directory = directory;
		this.routing = routing;
	}

	void checkRead(TipReport tip) {
		String user = user().getName();
		boolean receiving = tip.getReceivingUnitCode() != null
				&& scope.covers(user, false, tip.getReceivingUnitCode());
		if (!receiving) {
			checkUnit(tip.getUnitCode());
		}
	}

	void checkUnit(String unitCode) {
		Authentication user = user();
		boolean overseer = user.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN")
					|| authority.getAuthority().equals("ROLE_AUDITOR"));
		if (!scope.covers(user.getName(), overseer, unitCode)) {
			String concerned = directory.snapshot().unit(unitCode).getName();
			throw scope.home(user.getName())
				.map(home -> new ProblemException(HttpStatus.FORBIDDEN, "tip.outsideUnits", concerned, home.getName()))
				.orElseGet(() -> new ProblemException(HttpStatus.FORBIDDEN, "tip.outsideUnitsNotInDirectory",
						concerned));
		}
	}

	/** A referral names the unit it comes from: the signed-in officer's own unit (any unit for administrators). */
	void checkReferrer(String unitCode) {
		Authentication user = user();
		boolean administrator = user.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
		if (administrator) {
			if (!directory.snapshot().hasUnit(unitCode)) {
				throw new ProblemException(HttpStatus.BAD_REQUEST, "tip.unknownReferringUnit", unitCode);
			}
			return;
		}
		if (scope.home(user.getName()).map(home -> !home.getCode().equals(unitCode)).orElse(true)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "tip.notYourReferral");
		}
	}

	/** The unit's leaders (by routing, so a unit without its own leader defers to the level that leads it) and the handler. */
	void checkReveal(TipReport tip) {
		checkRead(tip);
		if (!mayReveal(tip)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "tip.reporterProtected", tip.getReference());
		}
	}

	/** Whether the signed-in person is one of the unit's leaders or the tip's handler (read access aside). */
	boolean mayReveal(TipReport tip) {
		String user = user().getName();
		boolean handler = user.equals(tip.getHandler());
		boolean leader = directory.snapshot()
			.members(routing.route(tip.getUnitCode(), Role.UNIT_LEADER, null).resolvedUnitCode(), UnitGroup.LEADERS)
			.contains(user);
		return handler || leader;
	}

	private static Authentication user() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
