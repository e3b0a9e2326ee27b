package vn.vidan.request;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.RawHttp;
import vn.vidan.support.VidanApi;

/**
 * A receipt code alone opens nothing on the portal (issue 11): a look-up or a rating needs the last 4 digits of the
 * applicant's personal ID too, and a wrong one answers exactly as an unknown code. Receipt codes are sequential, so
 * walking them with guessed digits must yield nothing, and the guesser is soon throttled.
 */
@PlatformIntegrationTest
class ReceiptLookupIntegrationTests {

	static final String LAST4 = "X-Personal-Id-Last4";

	@Autowired
	TestRestTemplate http;

	private String receive(String personalId) {
		ResponseEntity<JsonNode> receipt = http.withBasicAuth("thao.dtk", "demo").postForEntity("/api/requests",
				VidanApi.json("""
						{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
						 "applicant":{"fullName":"Trần Thị Tra Cứu","personalId":"%s","phone":"0905123456",
						              "address":"12 Lê Duẩn"},
						 "documents":[{"code":"CT01","fileName":"ct01.pdf","contentBase64":"JVBERi0xLjQK"},
						              {"code":"CHO_O_HOP_PHAP","fileName":"hop-dong.pdf"}]}""".formatted(personalId)),
				JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	private ResponseEntity<JsonNode> lookUp(String client, String code, String last4) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", client);
		if (last4 != null) {
			headers.set(LAST4, last4);
		}
		return http.exchange("/api/public/requests/" + code, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
	}

	private ResponseEntity<JsonNode> rate(String client, String code, String last4) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", client);
		if (last4 != null) {
			headers.set(LAST4, last4);
		}
		return http.exchange("/api/public/requests/" + code + "/rating", HttpMethod.POST,
				VidanApi.json("{\"score\":1}", headers), JsonNode.class);
	}

	/** The problem without what necessarily differs: the code named and the instance. */
	private static String unknownAnswer(ResponseEntity<JsonNode> response, String code) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		JsonNode body = response.getBody().deepCopy();
		((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("instance");
		return body.toString().replace(code, "<code>");
	}

	@Test
	void opensTheStatusOnlyWithTheLastFourDigitsOfTheApplicantsId() {
		String code = receive("048190004321");
		String client = RawHttp.freshClient();
		String unknown = unknownAnswer(lookUp(client, "HOAMINH-200101-9999", "4321"), "HOAMINH-200101-9999");

		assertThat(unknownAnswer(lookUp(client, code, null), code)).isEqualTo(unknown);
		assertThat(unknownAnswer(lookUp(client, code, "1234"), code)).isEqualTo(unknown);
		ResponseEntity<JsonNode> opened = lookUp(client, code, "4321");

		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(opened.getBody().get("status").asText()).isEqualTo("RECEIVED");
	}

	@Test
	void ratesOnlyWithTheLastFourDigits() {
		String code = receive("048190005678");
		String client = RawHttp.freshClient();

		assertThat(rate(client, code, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rate(client, code, "0000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rate(client, code, "5678").getStatusCode()).as("the right digits, before the result")
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void walkingSequentialCodesWithGuessedDigitsYieldsNothing() {
		String first = receive("048190001111");
		receive("048190002222");
		receive("048190003333");
		String prefix = first.substring(0, first.lastIndexOf('-') + 1);
		String walker = RawHttp.freshClient();
		int opened = 0;
		int throttled = 0;

		for (int number = 1; number <= 30; number++) {
			HttpStatus status = (HttpStatus) lookUp(walker, prefix + "%04d".formatted(number), "1111").getStatusCode();
			opened += status == HttpStatus.OK ? 1 : 0;
			throttled += status == HttpStatus.TOO_MANY_REQUESTS ? 1 : 0;
		}

		assertThat(opened).as("dossiers opened by walking").isLessThanOrEqualTo(1);
		assertThat(throttled).as("look-ups refused once the walker failed 10 times").isGreaterThanOrEqualTo(19);
		assertThat(lookUp(walker, first, "1111").getStatusCode()).as("still throttled, even for a right pair")
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(lookUp(RawHttp.freshClient(), first, "1111").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

}
