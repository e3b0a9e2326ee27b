package vn.vidan.processes.secondment;

/** The ids of {@code secondment/secondment-term.bpmn}, for the app and the tests; nothing else in Java spells them. */
public final class SecondmentTermProcess {

	public static final String RESOURCE = "vidan/processes/secondment/secondment-term.bpmn";

	public static final String PROCESS_KEY = "SecondmentTermProcess";

	public static final String MESSAGE_TERM_ENDED_EARLY = "Message_TermEndedEarly";

	public static final String START_EVENT_PLACE_OPENED = "StartEvent_PlaceOpened";

	public static final String SERVICE_TASK_LOAD_PLACE = "ServiceTask_LoadPlace";

	public static final String GATEWAY_HOLDER_READY = "Gateway_HolderReady";

	public static final String TASK_CONFIRM_ARRIVAL = "Task_ConfirmArrival";

	public static final String SERVICE_TASK_GRANT_COMMUNE_ACCESS = "ServiceTask_GrantCommuneAccess";

	public static final String SUB_PROCESS_SERVE = "SubProcess_Serve";

	public static final String START_EVENT_SERVICE_STARTED = "StartEvent_ServiceStarted";

	public static final String GATEWAY_REPORT_ROUND = "Gateway_ReportRound";

	public static final String GATEWAY_NEXT_REPORT = "Gateway_NextReport";

	public static final String TIMER_REPORT_PERIOD_ENDED = "Timer_ReportPeriodEnded";

	public static final String TASK_FILE_ACTIVITY_REPORT = "Task_FileActivityReport";

	public static final String TASK_CONFIRM_ACTIVITY_REPORT = "Task_ConfirmActivityReport";

	public static final String END_EVENT_REPORTS_DONE = "EndEvent_ReportsDone";

	public static final String TIMER_REPORT_LATE = "Timer_ReportLate";

	public static final String SERVICE_TASK_REMIND_OFFICER = "ServiceTask_RemindOfficer";

	public static final String END_EVENT_OFFICER_REMINDED = "EndEvent_OfficerReminded";

	public static final String TIMER_REPORT_OVERDUE = "Timer_ReportOverdue";

	public static final String TASK_CHASE_LATE_REPORT = "Task_ChaseLateReport";

	public static final String END_EVENT_LATE_REPORT_CHASED = "EndEvent_LateReportChased";

	public static final String TIMER_TERM_ENDED = "Timer_TermEnded";

	public static final String EVENT_TERM_ENDED_EARLY = "Event_TermEndedEarly";

	public static final String TIMER_TERM_END_REACHED = "Timer_TermEndReached";

	public static final String GATEWAY_TERM_OVER = "Gateway_TermOver";

	public static final String SERVICE_TASK_REVOKE_COMMUNE_ACCESS = "ServiceTask_RevokeCommuneAccess";

	public static final String GATEWAY_EVALUATIONS_START = "Gateway_EvaluationsStart";

	public static final String TASK_EVALUATE_BY_COMMUNE_CHIEF = "Task_EvaluateByCommuneChief";

	public static final String TASK_EVALUATE_BY_CHAIRMAN = "Task_EvaluateByChairman";

	public static final String GATEWAY_EVALUATIONS_DONE = "Gateway_EvaluationsDone";

	public static final String GATEWAY_COMMENDATION_PROPOSED = "Gateway_CommendationProposed";

	public static final String TASK_APPROVE_COMMENDATION = "Task_ApproveCommendation";

	public static final String GATEWAY_TERM_CLOSED = "Gateway_TermClosed";

	public static final String END_EVENT_TERM_COMPLETED = "EndEvent_TermCompleted";

	public static final String SERVICE_TASK_END_TERM_EARLY = "ServiceTask_EndTermEarly";

	public static final String GATEWAY_FIND_REPLACEMENT = "Gateway_FindReplacement";

	public static final String SERVICE_TASK_PROPOSE_REPLACEMENT = "ServiceTask_ProposeReplacement";

	public static final String GATEWAY_REPLACEMENT_FOUND = "Gateway_ReplacementFound";

	public static final String TASK_APPROVE_REPLACEMENT_RELEASE = "Task_ApproveReplacementRelease";

	public static final String GATEWAY_REPLACEMENT_RELEASED = "Gateway_ReplacementReleased";

	public static final String END_EVENT_PLACE_VACANT = "EndEvent_PlaceVacant";

	private SecondmentTermProcess() {
	}

	/** Process variables: the place, its current holder, and flags. */
	public static final class Vars {

		public static final String WAVE_CODE = "waveCode";

		public static final String PROVINCE_CODE = "provinceCode";

		/** The place in the commune this instance runs, from the wave's call. */
		public static final String PLACE_ID = "placeId";

		/** The commune receiving the officer, set by the load delegate. */
		public static final String COMMUNE_CODE = "communeCode";

		/** The current holder's assignment; a replacement changes it. */
		public static final String ASSIGNMENT_ID = "assignmentId";

		/** Set by the replacement delegate: someone can take the place. */
		public static final String REPLACEMENT_FOUND = "replacementFound";

		/** The supervisor's answer to releasing the replacement. */
		public static final String RELEASED = "released";

		private Vars() {
		}

	}

	/** The beans the model calls, as the bean whitelist knows them. */
	public static final class Beans {

		public static final String ROUTING = "routing";

		public static final String SECONDMENTS = "secondments";

		public static final String RECORD_STEP = "recordSecondmentStepListener";

		public static final String LOAD_PLACE = "loadPlaceDelegate";

		public static final String GRANT_ACCESS = "grantCommuneAccessDelegate";

		public static final String REVOKE_ACCESS = "revokeCommuneAccessDelegate";

		public static final String REMIND_OFFICER = "remindOfficerDelegate";

		public static final String END_TERM_EARLY = "endTermEarlyDelegate";

		public static final String PROPOSE_REPLACEMENT = "proposeReplacementDelegate";

		private Beans() {
		}

	}

}
