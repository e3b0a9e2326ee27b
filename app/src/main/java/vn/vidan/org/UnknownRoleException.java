package vn.vidan.org;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import vn.vidan.web.ProblemException;

/** A routing role that does not exist. */
public class UnknownRoleException extends ProblemException {

	public UnknownRoleException(String role) {
		super(HttpStatus.BAD_REQUEST, "org.unknownRole", role,
				Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")));
		with("role", role);
	}

}
