package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.RawHttp;
import vn.vidan.support.VidanApi;

/**
 * Anonymous callers cannot fill memory (issue 11): a JSON body over the cap is refused with 413 naming the limit, from
 * its Content-Length before a byte of it is read, or once a chunked body passes the cap; and many large tips at once
 * for one ward never end in a 500 on the tip counter.
 */
@PlatformIntegrationTest
class RequestSizeIntegrationTests {

	private static final long SIXTY_MIB = 60L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	private final ObjectMapper json = new ObjectMapper();

	private static String head(String method, String path, String... headers) {
		return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "X-Forwarded-For: " + RawHttp.freshClient() + "\r\n" + String.join("\r\n", headers);
	}

	private void assertTooLarge(RawHttp.Response response) throws IOException {
		assertThat(response.status()).as(response.body()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("code").asText()).isEqualTo("web.bodyTooLarge");
		assertThat(problem.get("detail").asText()).contains("25 MB");
	}

	@Test
	void refusesAnAnnouncedSixtyMebibyteTipOrDossierBeforeReadingIt() throws IOException {
		// Only the headers go out: an answer at all shows the server did not wait for the 60 MiB.
		assertTooLarge(RawHttp.send("127.0.0.1", port,
				head("POST", "/api/public/tips", "Content-Length: " + SIXTY_MIB), 0, (byte) ' '));
		assertTooLarge(RawHttp.send("127.0.0.1", port, head("POST", "/api/requests",
				"Authorization: Basic " + Base64.getEncoder().encodeToString("thao.dtk:demo".getBytes()),
				"Content-Length: " + SIXTY_MIB), 0, (byte) ' '));
	}

	@Test
	void refusesAChunkedBodyOnceItPassesTheCap() throws IOException {
		assertTooLarge(RawHttp.send("127.0.0.1", port,
				head("POST", "/api/public/tips", "Transfer-Encoding: chunked"), 30L * 1024 * 1024, (byte) ' '));
	}

	@Test
	void answersManyLargeTipsForOneWardAtOnceWithoutA500() throws Exception {
		byte[] photo = new byte[6 * 1024 * 1024];
		photo[0] = (byte) 0xFF;
		photo[1] = (byte) 0xD8;
		photo[2] = (byte) 0xFF;
		photo[3] = (byte) 0xE0;
		String body = """
				{"unitCode":"HOAQUY","incidentAddress":"Tổ dân phố Khái Tây 1","incidentAt":"%s",
				 "description":"Nhiều người cùng gửi ảnh hiện trường","urgency":"ORDINARY",
				 "attachments":[{"fileName":"anh.jpg","mediaType":"image/jpeg","contentBase64":"%s"}]}"""
			.formatted(Instant.now().minus(1, ChronoUnit.HOURS), Base64.getEncoder().encodeToString(photo));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				HttpHeaders headers = new HttpHeaders();
				headers.set("X-Forwarded-For", RawHttp.freshClient());
				Callable<ResponseEntity<String>> send = () -> http.postForEntity("/api/public/tips",
						VidanApi.json(body, headers), String.class);
				answers.add(pool.submit(send));
			}
			int created = 0;
			for (Future<ResponseEntity<String>> answer : answers) {
				ResponseEntity<String> response = answer.get();
				assertThat(response.getStatusCode()).as(response.getBody())
					.isIn(HttpStatus.CREATED, HttpStatus.SERVICE_UNAVAILABLE);
				if (response.getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE) {
					assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
					assertThat(response.getBody()).contains("\"code\":\"web.busy\"");
				}
				else {
					created++;
				}
			}
			assertThat(created).isPositive();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
