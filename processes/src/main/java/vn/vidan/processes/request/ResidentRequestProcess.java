package vn.vidan.processes.request;

/**
 * The ids of {@code request/resident-request.bpmn} and {@code request/resident-request-decision.bpmn}, for the app
 * and the tests; nothing else in Java spells them.
 */
public final class ResidentRequestProcess {

	public static final String RESOURCE = "vidan/processes/request/resident-request.bpmn";

	public static final String DECISION_RESOURCE = "vidan/processes/request/resident-request-decision.bpmn";

	public static final String PROCESS_KEY = "ResidentRequestProcess";

	public static final String DECISION_PROCESS_KEY = "ResidentRequestDecisionProcess";

	public static final String START_EVENT_REQUEST_RECEIVED = "StartEvent_RequestReceived";

	public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";

	public static final String SERVICE_TASK_REQUEST_SUPPLEMENT = "ServiceTask_RequestSupplement";

	public static final String GATEWAY_AWAIT_SUPPLEMENT = "Gateway_AwaitSupplement";

	public static final String EVENT_SUPPLEMENT_RECEIVED = "Event_SupplementReceived";

	public static final String TIMER_SUPPLEMENT_OVERDUE = "Timer_SupplementOverdue";

	public static final String SERVICE_TASK_RESUME_CLOCK = "ServiceTask_ResumeClock";

	public static final String SERVICE_TASK_RETURN_DOSSIER = "ServiceTask_ReturnDossier";

	public static final String END_EVENT_DOSSIER_RETURNED = "EndEvent_DossierReturned";

	public static final String SUB_PROCESS_HANDLE_DOSSIER = "SubProcess_HandleDossier";

	public static final String SERVICE_TASK_START_HANDLING = "ServiceTask_StartHandling";

	public static final String TASK_VERIFY_DOSSIER = "Task_VerifyDossier";

	public static final String TASK_CHECK_ON_SITE = "Task_CheckOnSite";

	public static final String TASK_DECIDE_REQUEST = "Task_DecideRequest";

	public static final String SERVICE_TASK_TRANSFER_DOSSIER = "ServiceTask_TransferDossier";

	public static final String RECEIVE_TASK_AWAIT_HIGHER_DECISION = "ReceiveTask_AwaitHigherDecision";

	public static final String TIMER_DEADLINE_WARNING = "Timer_DeadlineWarning";

	public static final String SERVICE_TASK_WARN_DEADLINE = "ServiceTask_WarnDeadline";

	public static final String TIMER_DEADLINE_BREACHED = "Timer_DeadlineBreached";

	public static final String SERVICE_TASK_ISSUE_APOLOGY_LETTER = "ServiceTask_IssueApologyLetter";

	public static final String TASK_RESOLVE_BREACH = "Task_ResolveBreach";

	public static final String SERVICE_TASK_NOTIFY_RESULT_READY = "ServiceTask_NotifyResultReady";

	public static final String TASK_HAND_OVER_RESULT = "Task_HandOverResult";

	public static final String SERVICE_TASK_CLOSE_REQUEST = "ServiceTask_CloseRequest";

	public static final String END_EVENT_REQUEST_CLOSED = "EndEvent_RequestClosed";

	public static final String SERVICE_TASK_ISSUE_REFUSAL = "ServiceTask_IssueRefusal";

	public static final String END_EVENT_REQUEST_REFUSED = "EndEvent_RequestRefused";

	public static final String SERVICE_TASK_WITHDRAW_REQUEST = "ServiceTask_WithdrawRequest";

	public static final String END_EVENT_REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";

	public static final String TASK_DECIDE_TRANSFERRED_REQUEST = "Task_DecideTransferredRequest";

	public static final String SERVICE_TASK_RETURN_DECISION = "ServiceTask_ReturnDecision";

	public static final String END_EVENT_DECISION_RETURNED = "EndEvent_DecisionReturned";

	public static final String MESSAGE_SUPPLEMENT_RECEIVED = "Message_SupplementReceived";

	public static final String MESSAGE_HIGHER_DECISION_RETURNED = "Message_HigherDecisionReturned";

	public static final String MESSAGE_REQUEST_WITHDRAWN = "Message_RequestWithdrawn";

	public static final String MESSAGE_DOSSIER_TRANSFERRED = "Message_DossierTransferred";

	public static final String FORM_CHECK_COMPLETENESS = "resident-request.check-completeness";

	public static final String FORM_VERIFY = "resident-request.verify";

	public static final String FORM_CHECK_ON_SITE = "resident-request.check-on-site";

	public static final String FORM_DECIDE = "resident-request.decide";

	public static final String FORM_RESOLVE_BREACH = "resident-request.resolve-breach";

	public static final String FORM_HAND_OVER = "resident-request.hand-over";

	private ResidentRequestProcess() {
	}

	/**
	 * Process variables: the unit, routing flags and the officers' answers. Answers that are case data (the missing
	 * documents, a refusal's reason, the hand-over) are moved into the app's tables by the next service task.
	 */
	public static final class Vars {

		public static final String UNIT_CODE = "unitCode";

		public static final String DECIDED_ABOVE = "decidedAbove";

		public static final String DECIDING_ROLE = "decidingRole";

		public static final String DOSSIER_COMPLETE = "dossierComplete";

		public static final String MISSING_DOCUMENTS = "missingDocuments";

		public static final String FIELD_CHECK_NEEDED = "fieldCheckNeeded";

		public static final String DECISION = "decision";

		public static final String REFUSAL_REASON = "refusalReason";

		public static final String HAND_OVER_METHOD = "handOverMethod";

		public static final String TRACKING_NUMBER = "trackingNumber";

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

	/** The beans the models call, all process beans of the app. */
	public static final class Beans {

		public static final String ROUTING = "routing";

		public static final String RESIDENT_REQUESTS = "residentRequests";

		public static final String REQUEST_SUPPLEMENT = "requestSupplementDelegate";

		public static final String RESUME_CLOCK = "resumeClockDelegate";

		public static final String RETURN_DOSSIER = "returnDossierDelegate";

		public static final String START_HANDLING = "startHandlingDelegate";

		public static final String TRANSFER_DOSSIER = "transferDossierDelegate";

		public static final String WARN_DEADLINE = "warnDeadlineDelegate";

		public static final String ISSUE_APOLOGY_LETTER = "issueApologyLetterDelegate";

		public static final String NOTIFY_RESULT_READY = "notifyResultReadyDelegate";

		public static final String CLOSE_REQUEST = "closeRequestDelegate";

		public static final String ISSUE_REFUSAL = "issueRefusalDelegate";

		public static final String WITHDRAW_REQUEST = "withdrawRequestDelegate";

		public static final String RETURN_DECISION = "returnDecisionDelegate";

		/** The complete listener of every user task: refuses wrong or missing answers inside the engine. */
		public static final String CHECK_ANSWERS = "checkRequestAnswersListener";

		private Beans() {
		}

	}

}
