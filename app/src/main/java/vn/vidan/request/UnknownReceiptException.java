package vn.vidan.request;

import org.springframework.http.HttpStatus;

import vn.vidan.web.ProblemException;

/** No dossier has this receipt code (or, on the portal, none that the caller may see). */
class UnknownReceiptException extends ProblemException {

	UnknownReceiptException(String receiptCode) {
		super(HttpStatus.NOT_FOUND, "Unknown receipt code", "There is no dossier with receipt code '" + receiptCode
				+ "'. Check the code on the receipt slip, e.g. HOAMINH-260313-0007.");
		with("receiptCode", receiptCode);
	}

}
