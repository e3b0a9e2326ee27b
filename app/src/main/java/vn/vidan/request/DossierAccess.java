package vn.vidan.request;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.vidan.org.OrgDirectory;
import vn.vidan.org.UnitScope;
import vn.vidan.web.ProblemException;

/**
 * Officers see and work only dossiers of the units in their scope ({@link UnitScope}); others get a clear 403, or a
 * 404 where even the dossier's existence is not theirs to know (its open steps).
 */
@Component
class DossierAccess {

	private final UnitScope scope;

	private final OrgDirectory directory;

	DossierAccess(UnitScope scope, OrgDirectory directory) {
		this.scope = scope;
		this.directory = directory;
	}

	void check(String unitCode) {
		if (!mayView(unitCode)) {
			Authentication user = SecurityContextHolder.getContext().getAuthentication();
			String concerned = directory.snapshot().unit(unitCode).getName();
			throw scope.home(user.getName())
				.map(home -> new ProblemException(HttpStatus.FORBIDDEN, "request.outsideUnits", concerned, home.getName()))
				.orElseGet(() -> new ProblemException(HttpStatus.FORBIDDEN, "request.outsideUnitsNotInDirectory",
						concerned));
		}
	}

	/** Whether the signed-in person may see this unit's dossiers: it is in their scope, or they administer or audit. */
	boolean mayView(String unitCode) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		boolean administrator = user.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN")
					|| authority.getAuthority().equals("ROLE_AUDITOR"));
		return scope.covers(user.getName(), administrator, unitCode);
	}

}
