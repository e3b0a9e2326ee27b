package vn.vidan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.vidan.support.KeycloakTestServer;

/**
 * Profile {@code keycloak} against a real Keycloak with the vidan realm: bearer tokens reach the API and Camunda's
 * REST API, whose user and groups come from the token; a tampered or missing token is a 401.
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

}
