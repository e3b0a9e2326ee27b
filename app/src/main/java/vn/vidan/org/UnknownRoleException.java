package vn.vidan.org;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

import vn.vidan.web.ProblemException;

/** A routing role that does not exist. */
public class UnknownRoleException extends ProblemException {

	public UnknownRoleException(String role) {
		super(HttpStatus.BAD_REQUEST, "Unknown role",
				"There is no routing role '" + role + "'. Known roles: " + Arrays.toString(Role.values()) + ".");
		with("role", role);
	}

}
