package vn.vidan.org;

import org.springframework.http.HttpStatus;

import vn.vidan.web.ProblemException;

/** The directory has nobody for this role, even after walking up the tree. */
public class NoCandidateException extends ProblemException {

	public NoCandidateException(String unitCode, Role role, String why) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "No candidate",
				"Nobody can take role " + role + " for unit '" + unitCode + "': " + why);
		with("unitCode", unitCode);
		with("role", role.name());
	}

}
