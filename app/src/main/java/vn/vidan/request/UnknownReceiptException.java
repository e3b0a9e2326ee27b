package vn.vidan.request;

import org.springframework.http.HttpStatus;

import vn.vidan.web.ProblemException;

/** No dossier has this receipt code (or, on the portal, none that the caller may see). */
class UnknownReceiptException extends ProblemException {

	UnknownReceiptException(String receiptCode) {
		super(HttpStatus.NOT_FOUND, "request.unknownReceipt", receiptCode);
		with("receiptCode", receiptCode);
	}

}
