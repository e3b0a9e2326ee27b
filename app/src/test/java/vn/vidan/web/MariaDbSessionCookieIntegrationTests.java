package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;

import vn.vidan.support.MariaDbIntegrationTest;

/** Under the mariadb profile (a deployment behind TLS) the session cookie is Secure, HttpOnly and SameSite=Lax. */
@MariaDbIntegrationTest
class MariaDbSessionCookieIntegrationTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void marksTheSessionCookieSecureAndSameSite() {
		List<String> cookies = http.getForEntity("/login", String.class).getHeaders().get(HttpHeaders.SET_COOKIE);

		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
			.contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

}
