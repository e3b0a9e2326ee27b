package vn.vidan.processes.secondment;

/** The ids of {@code secondment/secondment-wave.bpmn}, for the app and the tests; nothing else in Java spells them. */
public final class SecondmentWaveProcess {

	public static final String RESOURCE = "vidan/processes/secondment/secondment-wave.bpmn";

	public static final String PROCESS_KEY = "SecondmentWaveProcess";

	public static final String START_EVENT_WAVE_DRAFTED = "StartEvent_WaveDrafted";

	public static final String GATEWAY_PLAN_READY = "Gateway_PlanReady";

	public static final String TASK_APPROVE_WAVE_PLAN = "Task_ApproveWavePlan";

	public static final String GATEWAY_PLAN_APPROVED = "Gateway_PlanApproved";

	public static final String TASK_REVISE_PLAN = "Task_RevisePlan";

	public static final String TASK_NOMINATE_OFFICERS = "Task_NominateOfficers";

	public static final String SERVICE_TASK_PROPOSE_ASSIGNMENTS = "ServiceTask_ProposeAssignments";

	public static final String GATEWAY_PROPOSAL_READY = "Gateway_ProposalReady";

	public static final String TASK_CONFIRM_ASSIGNMENTS = "Task_ConfirmAssignments";

	public static final String TASK_APPROVE_RELEASE = "Task_ApproveRelease";

	public static final String GATEWAY_ALL_RELEASED = "Gateway_AllReleased";

	public static final String SERVICE_TASK_PROPOSE_REPLACEMENTS = "ServiceTask_ProposeReplacements";

	public static final String TASK_SIGN_DECISION = "Task_SignDecision";

	public static final String SERVICE_TASK_ISSUE_DECISION = "ServiceTask_IssueDecision";

	public static final String CALL_ACTIVITY_SERVE_TERM = "CallActivity_ServeTerm";

	public static final String SERVICE_TASK_SUMMARISE_WAVE = "ServiceTask_SummariseWave";

	public static final String END_EVENT_WAVE_CLOSED = "EndEvent_WaveClosed";

	private SecondmentWaveProcess() {
	}

	/** Process variables: the wave's code, the province, and flags; the wave itself lives in Vidan's tables. */
	public static final class Vars {

		/** The wave's code, also the business key. */
		public static final String WAVE_CODE = "waveCode";

		/** The province running the wave: its leadership approves, its personnel department plans. */
		public static final String PROVINCE_CODE = "provinceCode";

		/** The leadership's answer to the plan. */
		public static final String APPROVED = "approved";

		/** Element variable of the nominations: one source unit each. */
		public static final String SOURCE_UNIT_CODE = "sourceUnitCode";

		/** Element variable of the release approvals: one assignment each. */
		public static final String ASSIGNMENT_ID = "assignmentId";

		/** The supervisor's answer to a release. */
		public static final String RELEASED = "released";

		/** Element variable of the terms: one place in a commune each. */
		public static final String PLACE_ID = "placeId";

		private Vars() {
		}

	}

	/** The beans the model calls, as the bean whitelist knows them. */
	public static final class Beans {

		public static final String ROUTING = "routing";

		public static final String SECONDMENTS = "secondments";

		public static final String RECORD_STEP = "recordSecondmentStepListener";

		public static final String PROPOSE_ASSIGNMENTS = "proposeAssignmentsDelegate";

		public static final String PROPOSE_REPLACEMENTS = "proposeReplacementsDelegate";

		public static final String ISSUE_DECISION = "issueWaveDecisionDelegate";

		public static final String SUMMARISE_WAVE = "summariseWaveDelegate";

		private Beans() {
		}

	}

}
