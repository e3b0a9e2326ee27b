package vn.vidan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;

/** Who changed or read what, when and from where: written for every API change and personal-data read. */
@PlatformIntegrationTest
class AuditIntegrationTests {

	@Autowired
	TestRestTemplate http;

	private static String today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
	}

	@Test
	void recordsAnIntakeAndTheReadOfTheDossierWithWhoAndWhere() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> receipt = http.withBasicAuth("thao.dtk", "demo").postForEntity("/api/requests",
				new HttpEntity<>("""
						{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
						 "applicant":{"fullName":"Võ Thị Mai","personalId":"048192000456","phone":"0905111222",
						              "address":"Tổ dân phố 14, phường Hòa Minh"},
						 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""", headers),
				JsonNode.class);
		String code = receipt.getBody().get("receiptCode").asText();
		http.withBasicAuth("dat.lq", "demo").getForEntity("/api/requests/" + code, String.class);
		http.withBasicAuth("dat.lq", "demo").getForEntity("/api/org/units", String.class);

		JsonNode events = http.withBasicAuth("admin", "admin")
			.getForObject("/api/audit?from=" + today() + "&to=" + today(), JsonNode.class);

		assertThat(events.toString()).contains("\"actor\":\"thao.dtk\",\"action\":\"POST\",\"resource\":\"/api/requests\",\"outcome\":201",
				"\"actor\":\"dat.lq\",\"action\":\"GET\",\"resource\":\"/api/requests/" + code + "\",\"outcome\":200",
				"\"from\":\"127.0.0.1\"");
		assertThat(events.toString()).as("plain lists are not personal data")
			.doesNotContain("\"actor\":\"dat.lq\",\"action\":\"GET\",\"resource\":\"/api/org/units\"");
	}

	@Test
	void recordsARefusedCompletionOnItsOwnAndTheCompletionWithItsChange() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String code = http.withBasicAuth("thao.dtk", "demo").postForEntity("/api/requests", new HttpEntity<>("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Lê Văn Hùng","personalId":"048090000789","phone":"0905333444",
				              "address":"Tổ dân phố 15, phường Hòa Minh"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""", headers), JsonNode.class)
			.getBody()
			.get("receiptCode")
			.asText();
		String taskId = http.withBasicAuth("thao.dtk", "demo")
			.getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, JsonNode.class)
			.get(0)
			.get("id")
			.asText();
		String completion = "/engine-rest/task/" + taskId + "/complete";

		ResponseEntity<String> refused = http.withBasicAuth("thao.dtk", "demo")
			.postForEntity(completion, new HttpEntity<>("{\"variables\":{}}", headers), String.class);
		ResponseEntity<String> done = http.withBasicAuth("thao.dtk", "demo").postForEntity(completion,
				new HttpEntity<>("{\"variables\":{\"dossierComplete\":{\"value\":true,\"type\":\"Boolean\"}}}",
						headers),
				String.class);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode events = http.withBasicAuth("admin", "admin")
			.getForObject("/api/audit?from=" + today() + "&to=" + today() + "&actor=thao.dtk", JsonNode.class);
		assertThat(events.toString()).contains(
				"\"action\":\"POST\",\"resource\":\"" + completion + "\",\"outcome\":400",
				"\"action\":\"POST\",\"resource\":\"" + completion + "\",\"outcome\":204");
	}

	@Test
	void letsOnlyAuditorsAndAdministratorsReadTheLogAndNobodyChangeIt() {
		assertThat(http.withBasicAuth("thao.dtk", "demo")
			.getForEntity("/api/audit?from=" + today() + "&to=" + today(), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("admin", "admin")
			.exchange("/api/audit?from=" + today() + "&to=" + today(), HttpMethod.DELETE, null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
	}

	@Test
	void auditsStateChangesOnly() {
		assertThat(AuditFilter.isAudited("GET", "/api/org/units")).isFalse();
		assertThat(AuditFilter.isAudited("GET", "/api/org/units/HOAMINH/people")).isTrue();
		assertThat(AuditFilter.isAudited("POST", "/engine-rest/task/42/complete")).isTrue();
		assertThat(AuditFilter.isAudited("GET", "/engine-rest/process-instance/7/variables")).isTrue();
		assertThat(AuditFilter.isAudited("GET", "/actuator/health")).isFalse();
		assertThat(AuditFilter.isAudited("POST", "/login")).isFalse();
	}

}
