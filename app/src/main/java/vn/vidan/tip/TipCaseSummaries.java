package vn.vidan.tip;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vidan.process.CaseSummaries;
import vn.vidan.process.CaseSummary;
import vn.vidan.process.CaseType;
import vn.vidan.processes.tip.TipReportProcess;

/**
 * A tip as lists show it: its category (the duty officer's, else the one suggested) as subject and procedure, its
 * channel, status and handling deadline; found by reference and incident address. Nothing of the reporter, ever: no
 * name, ID number, phone or address of theirs reaches a list or the search index.
 */
@Component
class TipCaseSummaries implements CaseSummaries {

	private final TipReportRepository tips;

	TipCaseSummaries(TipReportRepository tips) {
		this.tips = tips;
	}

	@Override
	public boolean covers(String processDefinitionKey) {
		return TipReportProcess.PROCESS_KEY.equals(processDefinitionKey);
	}

	@Override
	public Optional<CaseSummary> summary(String businessKey) {
		return businessKey == null ? Optional.empty() : tips.findById(businessKey).map(TipCaseSummaries::of);
	}

	private static CaseSummary of(TipReport tip) {
		TipCategory category = tip.getCategory() != null ? tip.getCategory()
				: tip.getSuggestedCategory() != null ? tip.getSuggestedCategory() : TipCategory.UNKNOWN;
		return new CaseSummary(CaseType.TIP, tip.getReference(), category.label(), category.name(),
				tip.getChannel() == null ? null : tip.getChannel().name(),
				tip.getStatus() == null ? null : tip.getStatus().name(), tip.getUnitCode(),
				tip.getHandlingDue() != null ? tip.getHandlingDue() : tip.getTriageDue(),
				String.join("\n", tip.getReference(), tip.getIncidentAddress()));
	}

}
