package vn.vidan.org;

import org.springframework.http.HttpStatus;

import vn.vidan.web.ProblemException;

/** The directory has nobody for this role, even after walking up the tree; {@code why} says which rule found nobody. */
public class NoCandidateException extends ProblemException {

	/**
	 * @param why the reason, {@code problem.org.noCandidate.<why>} of the bundles
	 * @param arguments its arguments
	 */
	public NoCandidateException(String unitCode, Role role, String why, Object... arguments) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "org.noCandidate", unitCode, role.name(),
				ProblemException.phrase("org.noCandidate." + why, arguments));
		with("unitCode", unitCode);
		with("role", role.name());
	}

}
