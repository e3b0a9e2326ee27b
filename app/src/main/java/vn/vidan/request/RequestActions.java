package vn.vidan.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.process.EngineClock;
import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.web.ProblemException;

/** What residents and the desk do to an open dossier: supplement it, withdraw it, rate the service. */
@Service
class RequestActions {

	/** Before approval the resident may withdraw. */
	private static final Set<RequestStatus> WITHDRAWABLE = EnumSet.of(RequestStatus.RECEIVED,
			RequestStatus.SUPPLEMENT_REQUESTED, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_DECISION,
			RequestStatus.TRANSFERRED);

	private static final Set<RequestStatus> RATEABLE = EnumSet.of(RequestStatus.CLOSED, RequestStatus.REFUSED,
			RequestStatus.HANDED_OVER);

	private final RequestLifecycle lifecycle;

	private final RequestIntake intake;

	private final ProcedureRepository procedures;

	private final RuntimeService runtime;

	RequestActions(RequestLifecycle lifecycle, RequestIntake intake, ProcedureRepository procedures,
			RuntimeService runtime) {
		this.lifecycle = lifecycle;
		this.intake = intake;
		this.procedures = procedures;
		this.runtime = runtime;
	}

	@Transactional
	public ResidentRequest supplement(String receiptCode, List<Intake.Document> documents) {
		ResidentRequest request = lifecycle.find(receiptCode);
		if (request.getStatus() != RequestStatus.SUPPLEMENT_REQUESTED) {
			throw conflict("request.noSupplementExpected", receiptCode, status(request));
		}
		if (documents.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "request.noDocument");
		}
		Procedure procedure = procedures.findById(request.getProcedureCode()).orElseThrow();
		Instant now = EngineClock.now();
		intake.checkKnown(procedure, documents)
			.forEach(document -> request.attach(document.forRequest(receiptCode, now)));
		runtime.createMessageCorrelation(ResidentRequestProcess.MESSAGE_SUPPLEMENT_RECEIVED)
			.processInstanceBusinessKey(receiptCode)
			.correlate();
		return request;
	}

	@Transactional
	public ResidentRequest withdraw(String receiptCode) {
		ResidentRequest request = lifecycle.find(receiptCode);
		if (!WITHDRAWABLE.contains(request.getStatus())) {
			throw conflict("request.tooLateToWithdraw", receiptCode, status(request));
		}
		runtime.createMessageCorrelation(ResidentRequestProcess.MESSAGE_REQUEST_WITHDRAWN)
			.processInstanceBusinessKey(receiptCode)
			.correlate();
		// A unit above the commune may be deciding it: that work stops too.
		runtime.createProcessInstanceQuery()
			.processDefinitionKey(ResidentRequestProcess.DECISION_PROCESS_KEY)
			.processInstanceBusinessKey(receiptCode)
			.list()
			.forEach(decision -> runtime.deleteProcessInstance(decision.getId(), "Công dân rút hồ sơ"));
		return request;
	}

	@Transactional
	public ResidentRequest rate(String receiptCode, int score, String comment) {
		ResidentRequest request = lifecycle.find(receiptCode);
		if (!RATEABLE.contains(request.getStatus())) {
			throw conflict("request.notFinished", receiptCode, status(request));
		}
		if (request.getRating() != null) {
			throw conflict("request.alreadyRated", receiptCode);
		}
		request.rate(score, comment == null ? null : comment.trim(), EngineClock.now());
		return request;
	}

	private static ProblemException conflict(String code, Object... arguments) {
		return new ProblemException(HttpStatus.CONFLICT, code, arguments);
	}

	/** The dossier's status in the reader's words ({@code problem.requestStatus.*}). */
	private static MessageSourceResolvable status(ResidentRequest request) {
		return ProblemException.label("requestStatus", request.getStatus());
	}

}
