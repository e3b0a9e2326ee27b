package vn.vidan.request;

/** Where a dossier stands; each change is kept in its status history. */
public enum RequestStatus {

	RECEIVED, SUPPLEMENT_REQUESTED, IN_PROGRESS, AWAITING_DECISION, TRANSFERRED, RESULT_READY, HANDED_OVER, CLOSED,
	REFUSED, RETURNED, WITHDRAWN

}
