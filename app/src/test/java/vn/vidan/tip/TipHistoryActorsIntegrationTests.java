package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.text;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.PlatformIntegrationTest;

/**
 * A tip's history names the officer whose task completion moved it, also for the steps a service task records right
 * after (handling started after triage, result published and closed after the leader's approval); "hệ thống" is left
 * for timers.
 */
@PlatformIntegrationTest
class TipHistoryActorsIntegrationTests extends TipTestSupport {

	@Test
	void namesTheDutyOfficerAndTheLeaderForTheStepsTheirCompletionsRun() {
		String reference = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", false));
		triage(reference, "PUBLIC_ORDER");
		api.complete(AREA, reference, TipReportProcess.TASK_RESOLVE_COMPLAINT, text("finding", "Đã nhắc nhở"));
		approve(reference);

		Map<String, String> actors = new LinkedHashMap<>();
		for (JsonNode event : tip(LEADER, reference).get("events")) {
			actors.put(event.get("kind").asText(), event.get("actor").asText());
		}

		assertThat(actors).containsEntry("RECEIVED", TipLifecycle.PORTAL)
			.containsEntry("TRIAGED", DUTY)
			.containsEntry("HANDLING_STARTED", DUTY)
			.containsEntry("CONCLUDED", AREA)
			.containsEntry("APPROVED", LEADER)
			.containsEntry("RESULT_PUBLISHED", LEADER)
			.containsEntry("CLOSED", LEADER);
		assertThat(actors.values()).doesNotContain(TipLifecycle.SYSTEM);
	}

}
