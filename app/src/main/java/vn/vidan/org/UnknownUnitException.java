package vn.vidan.org;

import org.springframework.http.HttpStatus;

import vn.vidan.web.ProblemException;

/** No unit has this code. */
public class UnknownUnitException extends ProblemException {

	public UnknownUnitException(String code) {
		super(HttpStatus.NOT_FOUND, "org.unknownUnit", code);
		with("unitCode", code);
	}

}
