package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.MariaDbIntegrationTest;
import vn.vidan.support.RawHttp;
import vn.vidan.support.VidanApi;

/**
 * Under the mariadb profile (a deployment behind TLS) the session cookie is Secure, HttpOnly and SameSite=Lax; and
 * the rate limits' buckets work on MariaDB: one client's concurrent tips are counted exactly, none twice, none lost.
 */
@MariaDbIntegrationTest
class MariaDbLimitsIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void marksTheSessionCookieSecureAndSameSite() {
		List<String> cookies = http.getForEntity("/login", String.class).getHeaders().get(HttpHeaders.SET_COOKIE);

		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
			.contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

	@Test
	void countsOneClientsConcurrentTipsExactly() throws Exception {
		String client = RawHttp.freshClient();
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", client);
		String tip = """
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 2","incidentAt":"%s",
				 "description":"Tin báo gửi dồn dập cùng lúc","urgency":"ORDINARY"}"""
			.formatted(Instant.now().minus(1, ChronoUnit.HOURS));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 16; i++) {
				answers.add(pool.submit(() -> http.postForEntity("/api/public/tips", VidanApi.json(tip, headers),
						String.class)));
			}
			int created = 0;
			int throttled = 0;
			for (Future<ResponseEntity<String>> answer : answers) {
				HttpStatus status = (HttpStatus) answer.get().getStatusCode();
				created += status == HttpStatus.CREATED ? 1 : 0;
				throttled += status == HttpStatus.TOO_MANY_REQUESTS ? 1 : 0;
			}
			assertThat(created).as("tips let through, 10 an hour per client").isEqualTo(10);
			assertThat(throttled).isEqualTo(6);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
