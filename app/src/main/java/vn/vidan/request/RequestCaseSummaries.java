package vn.vidan.request;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vidan.process.CaseSummaries;
import vn.vidan.process.CaseSummary;
import vn.vidan.process.CaseType;
import vn.vidan.processes.request.ResidentRequestProcess;

/**
 * A dossier as lists show it: the applicant's name, the procedure, the channel and status, the appointment as its
 * statutory deadline; found by receipt code, applicant's name, ID number and address (one per line).
 */
@Component
class RequestCaseSummaries implements CaseSummaries {

	private final ResidentRequestRepository requests;

	RequestCaseSummaries(ResidentRequestRepository requests) {
		this.requests = requests;
	}

	@Override
	public boolean covers(String processDefinitionKey) {
		return ResidentRequestProcess.PROCESS_KEY.equals(processDefinitionKey)
				|| ResidentRequestProcess.DECISION_PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		return businessKey == null ? Optional.empty() : requests.findById(businessKey).map(RequestCaseSummaries::of);
	}

	private static CaseSummary of(ResidentRequest request) {
		String search = String.join("\n", request.getReceiptCode(), request.getApplicantName(),
				request.getApplicantId(), request.getApplicantAddress());
		return new CaseSummary(CaseType.REQUEST, request.getReceiptCode(), request.getApplicantName(),
				request.getProcedureCode(), request.getChannel() == null ? null : request.getChannel().name(),
				request.getStatus() == null ? null : request.getStatus().name(), request.getUnitCode(),
				request.getAppointmentAt(), search);
	}

}
