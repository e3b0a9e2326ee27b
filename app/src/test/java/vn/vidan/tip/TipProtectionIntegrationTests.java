package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.PlatformIntegrationTest;

/**
 * The reporter's protection through the API: who sees a tip, who may reveal the reporter and that each reveal is
 * audited, what an anonymous reporter can do with the code and secret, and that guessing gets nowhere.
 */
@PlatformIntegrationTest
class TipProtectionIntegrationTests extends TipTestSupport {

	@AfterEach
	void forgetFailures() {
		jdbc.update("DELETE FROM tip_follow_up_failure");
	}

	/** A named tip, triaged, with tai.vv handling it. */
	private String handledTip() {
		String reference = referenceOf(reportOnline("PUBLIC_ORDER", "ORDINARY", true));
		triage(reference, "PUBLIC_ORDER");
		return reference;
	}

	private ResponseEntity<String> reveal(String user, String reference, String reason) {
		return api.as(user).postForEntity("/api/tips/" + reference + "/reporter/reveal",
				json(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"), String.class);
	}

	private ResponseEntity<String> follow(String code, String secret) {
		HttpHeaders headers = new HttpHeaders();
		if (secret != null) {
			headers.set("X-Tip-Secret", secret);
		}
		return api.anonymous().exchange("/api/public/tips/" + code, HttpMethod.GET, new HttpEntity<>(headers),
				String.class);
	}

	@Test
	void refusesTheTipToAnOfficerOfAnotherUnit() {
		String reference = handledTip();

		ResponseEntity<String> other = api.as("nhung.pt").getForEntity("/api/tips/" + reference, String.class);

		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(other.getBody()).contains("Công an phường Hòa Minh").doesNotContain("Zyxwvutsr");
		assertThat(reveal("nhung.pt", reference, "Kiểm tra chéo giữa hai phường").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(api.visibleTasks("nhung.pt", reference, TipReportProcess.TASK_RESOLVE_COMPLAINT)).isZero();
		assertThat(api.anonymous().getForEntity("/api/tips/" + reference, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void showsTheHandlerTheTipButTheReporterOnlyAfterAnAuditedReveal() {
		String reference = handledTip();

		ResponseEntity<String> seen = api.as(AREA).getForEntity("/api/tips/" + reference, String.class);
		assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
		TipReporters.TELLTALES.forEach(telltale -> assertThat(seen.getBody()).doesNotContain(telltale));
		assertThat(seen.getBody()).contains("\"anonymous\":false", "\"reachable\":true");

		assertThat(reveal(AREA, reference, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<JsonNode> revealed = api.as(AREA).postForEntity("/api/tips/" + reference + "/reporter/reveal",
				json("{\"reason\":\"Mời người báo tin đến làm chứng, lập biên bản\"}"), JsonNode.class);
		assertThat(revealed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(revealed.getBody().get("fullName").asText()).isEqualTo(TipReporters.NAME);
		assertThat(revealed.getBody().get("phone").asText()).isEqualTo(TipReporters.PHONE);

		Map<String, Object> audit = jdbc.queryForMap(
				"SELECT actor, action, resource, detail, at FROM audit_event WHERE action = 'REVEAL' AND resource = ?",
				"/api/tips/" + reference + "/reporter");
		assertThat(audit).containsEntry("ACTOR", AREA).containsEntry("ACTION", "REVEAL");
		assertThat((String) audit.get("DETAIL")).contains("Mời người báo tin đến làm chứng");
		assertThat(jdbc.queryForObject("SELECT reason FROM tip_identity_reveal WHERE reference = ? AND revealed_by = ?",
				String.class, reference, AREA)).isEqualTo("Mời người báo tin đến làm chứng, lập biên bản");
	}

	@Test
	void letsTheUnitLeaderRevealButNotAnotherOfficerOfTheUnitNorTheAdministrator() {
		String reference = handledTip();

		assertThat(api.as(DESK).getForEntity("/api/tips/" + reference, String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		ResponseEntity<String> desk = reveal(DESK, reference, "Muốn biết ai báo tin");
		assertThat(desk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(desk.getBody()).doesNotContain("Zyxwvutsr");
		assertThat(reveal("admin", reference, "Kiểm tra hệ thống").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(reveal(LEADER, reference, "Phê duyệt biện pháp bảo vệ người tố giác").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tip_identity_reveal WHERE reference = ?", Integer.class,
				reference)).as("refused reveals leave no reveal").isOne();
	}

	@Test
	void letsAnAnonymousReporterFollowTheTipAndAnswerTheOfficer() {
		JsonNode tracking = reportOnline("CIVIL_DISPUTE", "ORDINARY", false);
		String reference = referenceOf(tracking);
		triage(reference, "CIVIL_DISPUTE");
		assertThat(tip(AREA, reference).get("reporter").get("anonymous").asBoolean()).isTrue();
		assertThat(reveal(AREA, reference, "Cần liên hệ người báo tin").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<JsonNode> asked = api.as(AREA).postForEntity("/api/tips/" + reference + "/questions",
				json("{\"question\":\"Hai bên tranh chấp ở số nhà nào?\"}"), JsonNode.class);
		assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		JsonNode status = follow(tracking);
		assertThat(status.get("statusLabel").asText()).isEqualTo("Đang xác minh, giải quyết");
		assertThat(status.get("questions").get(0).get("question").asText()).contains("số nhà nào");
		assertThat(status.has("description")).as("the status, nothing of the case file").isFalse();
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Tip-Secret", tracking.get("secret").asText());
		ResponseEntity<String> answered = api.anonymous().postForEntity(
				"/api/public/tips/" + tracking.get("trackingCode").asText() + "/answers",
				json("{\"questionId\":\"%s\",\"answer\":\"Nhà số 14 và số 16 kiệt 12\"}"
					.formatted(asked.getBody().get("id").asText()), headers),
				String.class);
		assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(tip(AREA, reference).get("questions").get(0).get("answer").asText()).contains("số 14");

		api.complete(AREA, reference, TipReportProcess.TASK_MEDIATE_DISPUTE,
				text("mediationOutcome", "RECONCILED") + "," + text("finding", "Hai bên thống nhất ranh giới"));
		approve(reference);
		assertThat(follow(tracking).get("result").asText()).isEqualTo("Các bên đã hòa giải thành.");
	}

	@Test
	void answersAWrongSecretExactlyAsAnUnknownCodeAndThrottlesGuessing() {
		JsonNode tracking = reportOnline("PUBLIC_ORDER", "ORDINARY", false);
		String code = tracking.get("trackingCode").asText();

		ResponseEntity<String> wrongSecret = follow(code, "AAAAAAAAAAAAAAAAAAAA");
		ResponseEntity<String> unknownCode = follow("ZZZZ-ZZZZ-ZZZZ", tracking.get("secret").asText());
		ResponseEntity<String> noSecret = follow(code, null);

		assertThat(wrongSecret.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknownCode.getStatusCode()).isEqualTo(wrongSecret.getStatusCode());
		assertThat(noSecret.getStatusCode()).isEqualTo(wrongSecret.getStatusCode());
		assertThat(withoutInstance(unknownCode.getBody())).isEqualTo(withoutInstance(wrongSecret.getBody()));
		assertThat(withoutInstance(noSecret.getBody())).isEqualTo(withoutInstance(wrongSecret.getBody()));

		for (int attempt = 4; attempt <= 5; attempt++) {
			assertThat(follow(code, "WRONG" + attempt).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
		ResponseEntity<String> throttled = follow(code, tracking.get("secret").asText());
		assertThat(throttled.getStatusCode()).as("even the right secret waits").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(follow("ZZZZ-ZZZZ-ZZZZ", "WHATEVER").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(jdbc.queryForList("SELECT client_key FROM tip_follow_up_failure", String.class))
			.noneMatch(key -> key.contains("127.0.0.1") || key.contains(code));

		forgetFailures();
		assertThat(follow(code, tracking.get("secret").asText()).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void refusesBadReportsWithoutKeepingAnything() {
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM tip_report", Integer.class);
		String future = Instant.now().plusSeconds(86_400).toString();
		String[] bad = { "{\"unitCode\":\"HOAMINH\"}",
				"{\"unitCode\":\"NOWHERE\",\"incidentAddress\":\"x\",\"incidentAt\":\"2026-11-01T08:00:00Z\",\"description\":\"x\"}",
				"{\"unitCode\":\"CADN\",\"incidentAddress\":\"x\",\"incidentAt\":\"2026-11-01T08:00:00Z\",\"description\":\"x\"}",
				"{\"unitCode\":\"HOAMINH\",\"incidentAddress\":\"x\",\"incidentAt\":\"" + future + "\",\"description\":\"x\"}",
				"{\"unitCode\":\"HOAMINH\",\"incidentAddress\":\"x\",\"incidentAt\":\"2026-11-01T08:00:00Z\",\"description\":\"x\","
						+ "\"reporter\":{\"idNumber\":\"4242\",\"phone\":\"0977\"}}",
				"{\"unitCode\":\"HOAMINH\",\"incidentAddress\":\"x\",\"incidentAt\":\"2026-11-01T08:00:00Z\",\"description\":\"x\","
						+ "\"attachments\":[{\"fileName\":\"a.jpg\",\"contentBase64\":\"***\"}]}" };
		for (String body : bad) {
			ResponseEntity<String> refused = api.anonymous().postForEntity("/api/public/tips", json(body), String.class);
			assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
			assertThat(refused.getBody()).as("never echoes what was sent").doesNotContain("4242", "0977");
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tip_report", Integer.class)).isEqualTo(before);
	}

	private static String withoutInstance(String problem) {
		return problem.replaceAll("\"instance\":\"[^\"]*\",?", "");
	}

}
