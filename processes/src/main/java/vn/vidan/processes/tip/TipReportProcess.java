package vn.vidan.processes.tip;

/**
 * The ids of {@code tip/tip-report.bpmn} and {@code tip/tip-triage.dmn}, for the app and the tests; nothing else in
 * Java spells them.
 */
public final class TipReportProcess {

	public static final String RESOURCE = "vidan/processes/tip/tip-report.bpmn";

	public static final String DECISION_RESOURCE = "vidan/processes/tip/tip-triage.dmn";

	public static final String PROCESS_KEY = "TipReportProcess";

	public static final String DECISION_TIP_TRIAGE = "Decision_TipTriage";

	public static final String DECISION_TIP_HANDLING_TIME = "Decision_TipHandlingTime";

	public static final String START_EVENT_TIP_RECEIVED = "StartEvent_TipReceived";

	public static final String TASK_DETERMINE_TRIAGE_DEADLINE = "Task_DetermineTriageDeadline";

	public static final String SERVICE_TASK_SCHEDULE_TRIAGE = "ServiceTask_ScheduleTriage";

	public static final String SUB_PROCESS_TRIAGE = "SubProcess_Triage";

	public static final String START_EVENT_TRIAGE_STARTED = "StartEvent_TriageStarted";

	public static final String GATEWAY_DISPATCH_NEEDED = "Gateway_DispatchNeeded";

	public static final String TASK_DISPATCH_PATROL = "Task_DispatchPatrol";

	public static final String GATEWAY_READY_FOR_TRIAGE = "Gateway_ReadyForTriage";

	public static final String TASK_TRIAGE_TIP = "Task_TriageTip";

	public static final String END_EVENT_TRIAGE_DONE = "EndEvent_TriageDone";

	public static final String TIMER_TRIAGE_BREACHED = "Timer_TriageBreached";

	public static final String GATEWAY_TRIAGE_OUTCOME = "Gateway_TriageOutcome";

	public static final String SERVICE_TASK_LINK_DUPLICATE = "ServiceTask_LinkDuplicate";

	public static final String TASK_DETERMINE_HANDLING_DEADLINE = "Task_DetermineHandlingDeadline";

	public static final String SERVICE_TASK_START_HANDLING = "ServiceTask_StartHandling";

	public static final String SUB_PROCESS_HANDLE_TIP = "SubProcess_HandleTip";

	public static final String START_EVENT_HANDLING_STARTED = "StartEvent_HandlingStarted";

	public static final String GATEWAY_HANDLING_ROUND = "Gateway_HandlingRound";

	public static final String GATEWAY_HANDLING_BY_CATEGORY = "Gateway_HandlingByCategory";

	public static final String TASK_CHECK_CRIME_REPORT = "Task_CheckCrimeReport";

	public static final String TASK_VERIFY_VIOLATION = "Task_VerifyViolation";

	public static final String GATEWAY_VIOLATION_FOUND = "Gateway_ViolationFound";

	public static final String TASK_RECORD_VIOLATION = "Task_RecordViolation";

	public static final String TASK_MEDIATE_DISPUTE = "Task_MediateDispute";

	public static final String TASK_RESOLVE_COMPLAINT = "Task_ResolveComplaint";

	public static final String TASK_PREPARE_FORWARDING = "Task_PrepareForwarding";

	public static final String GATEWAY_CONCLUSION_READY = "Gateway_ConclusionReady";

	public static final String TASK_APPROVE_CONCLUSION = "Task_ApproveConclusion";

	public static final String GATEWAY_CONCLUSION_APPROVED = "Gateway_ConclusionApproved";

	public static final String END_EVENT_CONCLUSION_APPROVED = "EndEvent_ConclusionApproved";

	public static final String TIMER_HANDLING_BREACHED = "Timer_HandlingBreached";

	public static final String GATEWAY_OUTCOME_ROUTE = "Gateway_OutcomeRoute";

	public static final String SERVICE_TASK_TRANSFER_TO_INVESTIGATION = "ServiceTask_TransferToInvestigation";

	public static final String TASK_ACKNOWLEDGE_TRANSFER = "Task_AcknowledgeTransfer";

	public static final String TIMER_ACKNOWLEDGEMENT_OVERDUE = "Timer_AcknowledgementOverdue";

	public static final String SERVICE_TASK_FORWARD_TO_AGENCY = "ServiceTask_ForwardToAgency";

	public static final String GATEWAY_CONCLUDED = "Gateway_Concluded";

	public static final String SERVICE_TASK_NOTIFY_REPORTER = "ServiceTask_NotifyReporter";

	public static final String SERVICE_TASK_CLOSE_TIP = "ServiceTask_CloseTip";

	public static final String END_EVENT_TIP_CLOSED = "EndEvent_TipClosed";

	public static final String GATEWAY_DEADLINE_BREACHED = "Gateway_DeadlineBreached";

	public static final String SERVICE_TASK_RECORD_BREACH = "ServiceTask_RecordBreach";

	public static final String TASK_SUPERVISE_OVERDUE_TIP = "Task_SuperviseOverdueTip";

	public static final String TIMER_LEADER_RESPONSE_OVERDUE = "Timer_LeaderResponseOverdue";

	public static final String END_EVENT_OVERDUE_SUPERVISED = "EndEvent_OverdueSupervised";

	public static final String TASK_SUPERVISE_OVERDUE_TIP_ABOVE = "Task_SuperviseOverdueTipAbove";

	public static final String END_EVENT_OVERDUE_SUPERVISED_ABOVE = "EndEvent_OverdueSupervisedAbove";

	private TipReportProcess() {
	}

	/** Process variables: ids, routing flags and deadlines only; the tip itself lives in Vidan's tables. */
	public static final class Vars {

		/** The tip's reference, also the business key. */
		public static final String TIP_ID = "tipId";

		/** The commune or ward the incident's address belongs to. */
		public static final String UNIT_CODE = "unitCode";

		/** The category the reporter suggested, input of Decision_TipTriage. */
		public static final String SUGGESTED_CATEGORY = "suggestedCategory";

		/** IN_PROGRESS, URGENT or ORDINARY. */
		public static final String URGENCY = "urgency";

		/** Set by Decision_TipTriage: send a patrol before classifying. */
		public static final String DISPATCH = "dispatch";

		public static final String TRIAGE_DEADLINE = "triageDeadline";

		public static final String TRIAGE_CLOCK = "triageClock";

		/** When triage is due, set by the schedule delegate. */
		public static final String TRIAGE_DUE = "triageDue";

		/** The duty officer's classification: a {@code Category} name, or DUPLICATE. */
		public static final String CATEGORY = "category";

		/** With DUPLICATE: the reference of the tip it repeats. */
		public static final String DUPLICATE_OF = "duplicateOf";

		public static final String HANDLING_DEADLINE = "handlingDeadline";

		public static final String HANDLING_CLOCK = "handlingClock";

		public static final String HANDLING_DUE = "handlingDue";

		public static final String VIOLATION_FOUND = "violationFound";

		public static final String APPROVED = "approved";

		/** The investigating agency a crime report goes to, set by the transfer delegate. */
		public static final String RECEIVING_UNIT_CODE = "receivingUnitCode";

		public static final String ACKNOWLEDGEMENT_DUE = "acknowledgementDue";

		private Vars() {
		}

	}

	/** The categories the duty officer chooses from. */
	public static final class Category {

		public static final String CRIME = "CRIME";

		public static final String ADMINISTRATIVE_VIOLATION = "ADMINISTRATIVE_VIOLATION";

		public static final String CIVIL_DISPUTE = "CIVIL_DISPUTE";

		public static final String PUBLIC_ORDER = "PUBLIC_ORDER";

		public static final String OUTSIDE_COMPETENCE = "OUTSIDE_COMPETENCE";

		public static final String DUPLICATE = "DUPLICATE";

		private Category() {
		}

	}

	/** The beans the model calls, as the bean whitelist knows them. */
	public static final class Beans {

		public static final String ROUTING = "routing";

		public static final String TIPS = "tips";

		public static final String SCHEDULE_TRIAGE = "scheduleTriageDelegate";

		public static final String RECORD_FINDING = "recordTipFindingListener";

		public static final String LINK_DUPLICATE = "linkDuplicateTipDelegate";

		public static final String START_HANDLING = "startTipHandlingDelegate";

		public static final String TRANSFER = "transferTipDelegate";

		public static final String FORWARD = "forwardTipDelegate";

		public static final String NOTIFY_REPORTER = "notifyReporterDelegate";

		public static final String CLOSE = "closeTipDelegate";

		public static final String RECORD_BREACH = "recordTipBreachDelegate";

		private Beans() {
		}

	}

}
