package vn.vidan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.assertj.core.api.SoftAssertions;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.vidan.org.SecondmentGrants;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.KeycloakTestServer;

/**
 * Profile {@code keycloak} against a real Keycloak with the vidan realm: bearer tokens reach the API and Camunda's
 * REST API, whose user and groups come from the token; a tampered or missing token is a 401; every role may do what
 * it may for its own units and nothing else; a secondment opens a commune to an officer through a Keycloak group
 * membership, and closing it takes the membership away.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:vidan-keycloak;DB_CLOSE_DELAY=-1",
				"camunda.bpm.job-execution.enabled=false", "vidan.keycloak.clock-skew=PT0S" })
@ActiveProfiles("keycloak")
@ContextConfiguration(initializers = KeycloakIntegrationTests.Issuer.class)
class KeycloakIntegrationTests {

	static class Issuer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("keycloak-test-server",
						Map.of("VIDAN_KEYCLOAK_ISSUER", KeycloakTestServer.get().issuer())));
		}

	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecondmentGrants grants;

	@Autowired
	KeycloakDirectorySync keycloakSync;

	@LocalServerPort
	int port;

	private static String token(String username) {
		return KeycloakTestServer.get().token(username, "admin".equals(username) ? "admin" : "demo");
	}

	private ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, String json) {
		HttpHeaders headers = new HttpHeaders();
		if (token != null) {
			headers.setBearerAuth(token);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
	}

	@Test
	void anOfficersTokenReachesTheDirectory() {
		ResponseEntity<JsonNode> units = call(HttpMethod.GET, "/api/org/units", token("thao.dtk"), null);

		assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(units.getBody().toString()).contains("Công an phường Hòa Minh");
	}

	@Test
	void refusesAMissingTamperedOrForeignToken() {
		String token = token("thao.dtk");
		String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

		for (String bad : new String[] { null, tampered, "not-a-token" }) {
			ResponseEntity<JsonNode> response = call(HttpMethod.GET, "/api/org/units", bad, null);
			assertThat(response.getStatusCode()).as(String.valueOf(bad)).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.isTrue();
		}
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		String token = KeycloakTestServer.get().token("thao.dtk", "demo", "vidan-cli-short");
		assertThat(call(HttpMethod.GET, "/api/org/units", token, null).getStatusCode()).isEqualTo(HttpStatus.OK);

		Thread.sleep(3_000); // the client's tokens live 2 seconds; the test allows no clock skew

		ResponseEntity<JsonNode> expired = call(HttpMethod.GET, "/api/org/units", token, null);
		assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void takesRolesFromTheToken() {
		String holiday = "{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ đột xuất\"}";

		assertThat(call(HttpMethod.PUT, "/api/calendar/days/2027-12-28", token("thao.dtk"), holiday).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(call(HttpMethod.PUT, "/api/calendar/days/2027-12-28", token("admin"), holiday).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(call(HttpMethod.DELETE, "/api/calendar/days/2027-12-28", token("admin"), null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(call(HttpMethod.GET, "/actuator/metrics", token("thao.dtk"), null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void camundaSeesTheTokensUserAndUnitGroups() {
		ResponseEntity<JsonNode> receipt = call(HttpMethod.POST, "/api/requests", token("thao.dtk"), """
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Lê Thị Hoa","personalId":"048195000777","phone":"0905777888",
				              "address":"Tổ dân phố 3, phường Hòa Minh"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""");
		assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String tasks = "/engine-rest/task?processInstanceBusinessKey=" + receipt.getBody().get("receiptCode").asText();

		assertThat(call(HttpMethod.GET, tasks, token("thao.dtk"), null).getBody()).as("Hòa Minh desk").hasSize(1);
		assertThat(call(HttpMethod.GET, tasks, token("nhung.pt"), null).getBody()).as("Hòa An desk").isEmpty();
		assertThat(call(HttpMethod.GET, tasks, token("admin"), null).getBody()).as("admin").hasSize(1);
		assertThat(receipt.getBody().get("receiptCode").asText()).startsWith("HOAMINH-");
		JsonNode dossier = call(HttpMethod.GET, "/api/requests/" + receipt.getBody().get("receiptCode").asText(),
				token("thao.dtk"), null).getBody();
		assertThat(dossier.get("receivedBy").asText()).isEqualTo("thao.dtk");
	}

	@Test
	void sendsABrowserToKeycloakToSignInWithPkce() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();

		HttpResponse<Void> tasklist = browser.send(HttpRequest.newBuilder(URI.create(
				"http://localhost:" + port + "/camunda/app/tasklist/")).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(tasklist.statusCode()).isEqualTo(302);
		String signIn = tasklist.headers().firstValue("Location").orElseThrow();
		assertThat(signIn).endsWith("/oauth2/authorization/keycloak");

		HttpResponse<Void> toKeycloak = browser.send(HttpRequest.newBuilder(URI.create(signIn)).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(toKeycloak.statusCode()).isEqualTo(302);
		assertThat(toKeycloak.headers().firstValue("Location").orElseThrow())
			.startsWith(KeycloakTestServer.get().issuer() + "/protocol/openid-connect/auth")
			.contains("client_id=vidan-ui", "code_challenge_method=S256", "code_challenge=");
	}

	/** One row of the authorization matrix: who, doing what, gets which status. */
	private record Case(String who, String what, HttpMethod method, String path, String body, HttpStatus expected) {
	}

	/** A tip about Hòa Minh from the portal; returns its reference and tracking code and secret. */
	private String[] tip(boolean named) {
		ResponseEntity<JsonNode> created = call(HttpMethod.POST, "/api/public/tips", null, """
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 13, phường Hòa Minh","incidentAt":"%s",
				 "description":"Tụ tập gây mất trật tự","suggestedCategory":"PUBLIC_ORDER"%s}""".formatted(
				Instant.now().minus(Duration.ofHours(2)),
				named ? ",\"reporter\":{\"fullName\":\"Nguyễn Văn Báo\",\"phone\":\"0905000111\"}" : ""));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String code = created.getBody().get("trackingCode").asText();
		String reference = jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class, code);
		return new String[] { reference, code, created.getBody().get("secret").asText() };
	}

	private String taskOf(String reference, String taskKey) {
		JsonNode tasks = call(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + reference
				+ "&taskDefinitionKey=" + taskKey, token("admin"), null).getBody();
		assertThat(tasks).hasSize(1);
		return "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete";
	}

	private static String variables(String... pairs) {
		StringBuilder json = new StringBuilder("{\"variables\":{");
		for (int i = 0; i < pairs.length; i += 2) {
			json.append(i == 0 ? "" : ",").append("\"").append(pairs[i]).append("\":{\"value\":\"").append(pairs[i + 1])
				.append("\"}");
		}
		return json.append("}}").toString();
	}

	private ResponseEntity<String> deploy(String token) {
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
				  xmlns:di="http://www.omg.org/spec/DD/20100524/DI" targetNamespace="http://vidan.vn/test">
				  <process id="DesignerDraftProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <startEvent id="StartEvent_Drafted" name="Bắt đầu"><outgoing>Flow_Drafted</outgoing></startEvent>
				    <endEvent id="EndEvent_Drafted" name="Kết thúc"><incoming>Flow_Drafted</incoming></endEvent>
				    <sequenceFlow id="Flow_Drafted" sourceRef="StartEvent_Drafted" targetRef="EndEvent_Drafted" />
				  </process>
				  <bpmndi:BPMNDiagram id="Diagram_Drafted"><bpmndi:BPMNPlane id="Plane_Drafted" bpmnElement="DesignerDraftProcess">
				    <bpmndi:BPMNShape id="StartEvent_Drafted_di" bpmnElement="StartEvent_Drafted"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
				    <bpmndi:BPMNShape id="EndEvent_Drafted_di" bpmnElement="EndEvent_Drafted"><dc:Bounds x="200" y="100" width="36" height="36" /></bpmndi:BPMNShape>
				    <bpmndi:BPMNEdge id="Flow_Drafted_di" bpmnElement="Flow_Drafted"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
				  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
				</definitions>""";
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("deployment-name", "designer-draft");
		form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "designer-draft.bpmn";
			}

		});
		HttpHeaders headers = new HttpHeaders();
		headers.setBearerAuth(token);
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
				String.class);
	}

	@Test
	void allowsEachRoleItsOwnUnitsAndOperationsAndNothingElse() {
		String[] anonymousTip = tip(false);
		String[] namedTip = tip(true);
		String tipPath = "/api/tips/" + anonymousTip[0];
		String reveal = "/api/tips/" + namedTip[0] + "/reporter/reveal";
		String reason = "{\"reason\":\"Mời người báo tin làm chứng\"}";
		String plan = """
				{"code":"KC-%d","name":"Đợt thử quyền","provinceCode":"CADNO","startDate":"2027-03-01",
				 "endDate":"2027-05-31","reportEvery":"P1M",
				 "communes":[{"unitCode":"DAKNIA","quota":1,"focus":["ID_CARD_CAMPAIGN"]}],
				 "sources":[{"unitCode":"CADNO-PC06","nominationDue":"2027-02-20T17:00:00+07:00"}]}""";
		String today = java.time.LocalDate.now().toString();
		List<Case> cases = new ArrayList<>(List.of(
				new Case("thao.dtk", "officer reads a tip of own unit", HttpMethod.GET, tipPath, null, HttpStatus.OK),
				new Case("nhung.pt", "officer reads a tip of another unit", HttpMethod.GET, tipPath, null, HttpStatus.FORBIDDEN),
				new Case("khanh.dd", "province director reads a ward's tip", HttpMethod.GET, tipPath, null, HttpStatus.OK),
				new Case("trang.ltk", "other province's officer reads it", HttpMethod.GET, tipPath, null, HttpStatus.FORBIDDEN),
				new Case("hieu.dd", "other unit's leader reveals a reporter", HttpMethod.POST, reveal, reason, HttpStatus.FORBIDDEN),
				new Case("thao.dtk", "own unit's officer (not handler) reveals", HttpMethod.POST, reveal, reason, HttpStatus.FORBIDDEN),
				new Case("admin", "administrator reveals", HttpMethod.POST, reveal, reason, HttpStatus.FORBIDDEN),
				new Case("dat.lq", "own unit's leader reveals", HttpMethod.POST, reveal, reason, HttpStatus.OK),
				new Case("thao.dtk", "officer plans a wave", HttpMethod.POST, "/api/secondments/waves", plan.formatted(1), HttpStatus.FORBIDDEN),
				new Case("dat.bc", "district chief plans a wave", HttpMethod.POST, "/api/secondments/waves", plan.formatted(2), HttpStatus.FORBIDDEN),
				new Case("diep.lt", "personnel plans a wave", HttpMethod.POST, "/api/secondments/waves", plan.formatted(3), HttpStatus.CREATED),
				new Case("thao.dtk", "officer reads the audit log", HttpMethod.GET, "/api/audit?from=" + today + "&to=" + today, null, HttpStatus.FORBIDDEN),
				new Case("auditor", "auditor reads the audit log", HttpMethod.GET, "/api/audit?from=" + today + "&to=" + today, null, HttpStatus.OK),
				new Case("auditor", "auditor changes the calendar", HttpMethod.PUT, "/api/calendar/days/2027-12-29", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}", HttpStatus.FORBIDDEN),
				new Case("auditor", "auditor files a dossier", HttpMethod.POST, "/api/requests", """
						{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
						 "applicant":{"fullName":"Lê Thị Hoa","personalId":"048195000778","phone":"0905777888",
						              "address":"Tổ dân phố 3, phường Hòa Minh"},
						 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""", HttpStatus.FORBIDDEN),
				new Case("auditor", "auditor files a tip", HttpMethod.POST, "/api/tips", """
						{"channel":"PHONE","unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 2",
						 "incidentAt":"2026-02-13T03:00:00Z","description":"Đánh bạc"}""", HttpStatus.FORBIDDEN),
				new Case("auditor", "auditor reads the instance counts", HttpMethod.GET, "/engine-rest/process-definition/statistics", null, HttpStatus.OK),
				new Case("thao.dtk", "officer reads the instance counts", HttpMethod.GET, "/engine-rest/process-definition/statistics", null, HttpStatus.FORBIDDEN),
				new Case(null, "resident reads a tip", HttpMethod.GET, tipPath, null, HttpStatus.UNAUTHORIZED),
				new Case(null, "resident lists Camunda tasks", HttpMethod.GET, "/engine-rest/task", null, HttpStatus.UNAUTHORIZED)));
		SoftAssertions softly = new SoftAssertions();
		for (Case row : cases) {
			ResponseEntity<JsonNode> response = call(row.method(), row.path(), row.who() == null ? null : token(row.who()), row.body());
			softly.assertThat(response.getStatusCode()).as(row.what() + " (" + row.who() + ")").isEqualTo(row.expected());
		}

		// Following a tip: the resident with code and secret; nobody without.
		HttpHeaders secret = new HttpHeaders();
		secret.set("X-Tip-Secret", anonymousTip[2]);
		softly.assertThat(http.exchange("/api/public/tips/" + anonymousTip[1], HttpMethod.GET, new HttpEntity<>(secret), String.class)
			.getStatusCode()).as("resident follows the tip").isEqualTo(HttpStatus.OK);

		// Working and approving: only the unit's duty officer triages, only its leaders approve.
		String triage = taskOf(anonymousTip[0], TipReportProcess.TASK_TRIAGE_TIP);
		String triaged = variables("category", "PUBLIC_ORDER");
		softly.assertThat(call(HttpMethod.POST, triage, token("long.ld2"), triaged).getStatusCode())
			.as("Hòa An's duty officer triages Hòa Minh's tip").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		softly.assertThat(call(HttpMethod.POST, triage, token("trung.hq"), triaged).getStatusCode())
			.as("Hòa Minh's duty officer triages it").isEqualTo(HttpStatus.NO_CONTENT);
		softly.assertThat(call(HttpMethod.POST, taskOf(anonymousTip[0], TipReportProcess.TASK_RESOLVE_COMPLAINT), token("tai.vv"),
				variables("finding", "Đã nhắc nhở")).getStatusCode()).as("area officer resolves").isEqualTo(HttpStatus.NO_CONTENT);
		String approval = taskOf(anonymousTip[0], TipReportProcess.TASK_APPROVE_CONCLUSION);
		softly.assertThat(call(HttpMethod.POST, approval, token("hieu.dd"), variables("approved", "true")).getStatusCode())
			.as("Hòa An's chief approves for Hòa Minh").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		softly.assertThat(call(HttpMethod.POST, approval, token("thao.dtk"), variables("approved", "true")).getStatusCode())
			.as("a Hòa Minh officer who is not a leader approves").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		softly.assertThat(call(HttpMethod.POST, approval, token("dat.lq"), variables("approved", "true")).getStatusCode())
			.as("Hòa Minh's chief approves").isEqualTo(HttpStatus.NO_CONTENT);

		// Deploying: process designers only.
		softly.assertThat(deploy(token("thao.dtk")).getStatusCode()).as("officer deploys").isEqualTo(HttpStatus.FORBIDDEN);
		softly.assertThat(deploy(token("designer")).getStatusCode()).as("process designer deploys").isEqualTo(HttpStatus.OK);
		softly.assertAll();
	}

	@Test
	void opensACommuneToASecondedOfficerThroughKeycloakAndClosesItAgain() throws Exception {
		ResponseEntity<JsonNode> created = call(HttpMethod.POST, "/api/public/tips", null, """
				{"unitCode":"DAKNIA","incidentAddress":"Bon Sré Ú, xã Đắk Nia","incidentAt":"%s",
				 "description":"Tranh chấp ranh giới rẫy","suggestedCategory":"CIVIL_DISPUTE"}""".formatted(
				Instant.now().minus(Duration.ofHours(3))));
		String reference = jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class,
				created.getBody().get("trackingCode").asText());
		String officer = "phuc.ld"; // Cư Jút district police: Đắk Nia is outside his district
		assertThat(units(token(officer))).doesNotContain("DAKNIA");
		assertThat(call(HttpMethod.GET, "/api/tips/" + reference, token(officer), null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		grants.grant(officer, "DAKNIA", "KC-WAVE", Instant.now(), Instant.now().plus(Duration.ofDays(90)));

		assertThat(keycloakSync.unitGroupsOf(officer)).as("Keycloak group membership").contains("DAKNIA", "CUJUT");
		String during = token(officer);
		assertThat(units(during)).as("the token's units").contains("DAKNIA", "CUJUT");
		assertThat(call(HttpMethod.GET, "/api/tips/" + reference, during, null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(call(HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + reference, during, null)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		grants.revoke(officer, "DAKNIA", "KC-WAVE", Instant.now());

		assertThat(keycloakSync.unitGroupsOf(officer)).doesNotContain("DAKNIA").contains("CUJUT");
		String after = token(officer);
		assertThat(units(after)).doesNotContain("DAKNIA");
		assertThat(call(HttpMethod.GET, "/api/tips/" + reference, after, null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	/** The {@code units} claim of an access token. */
	private static List<String> units(String token) throws Exception {
		JsonNode claims = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		List<String> units = new ArrayList<>();
		claims.path("units").forEach(unit -> units.add(unit.asText()));
		return units;
	}

}
