package vn.vidan.processes.request;

/**
 * The ids of {@code request/resident-request.bpmn}, for the app and the tests; nothing else in Java spells them.
 */
public final class ResidentRequestProcess {

	public static final String RESOURCE = "vidan/processes/request/resident-request.bpmn";

	public static final String PROCESS_KEY = "ResidentRequestProcess";

	public static final String START_EVENT_REQUEST_RECEIVED = "StartEvent_RequestReceived";

	public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";

	public static final String GATEWAY_DOSSIER_COMPLETE = "Gateway_DossierComplete";

	public static final String TASK_DECIDE_REQUEST = "Task_DecideRequest";

	public static final String GATEWAY_APPROVED = "Gateway_Approved";

	public static final String END_EVENT_REQUEST_APPROVED = "EndEvent_RequestApproved";

	public static final String END_EVENT_REQUEST_REFUSED = "EndEvent_RequestRefused";

	public static final String END_EVENT_DOSSIER_RETURNED = "EndEvent_DossierReturned";

	public static final String FORM_CHECK_COMPLETENESS = "resident-request.check-completeness";

	public static final String FORM_DECIDE = "resident-request.decide";

	private ResidentRequestProcess() {
	}

	/** Process variables: ids and routing flags only; the dossier itself lives in the app's tables. */
	public static final class Vars {

		public static final String UNIT_CODE = "unitCode";

		public static final String DOSSIER_COMPLETE = "dossierComplete";

		public static final String DECISION = "decision";

		private Vars() {
		}

	}

	/** Values of {@link Vars#DECISION}. */
	public static final class Decision {

		public static final String APPROVE = "APPROVE";

		public static final String REFUSE = "REFUSE";

		private Decision() {
		}

	}

}
