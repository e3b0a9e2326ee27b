package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
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

/**
 * Every page and answer carries a Content-Security-Policy and the usual hardening headers (issue 11): the sign-in
 * page, a workspace page, an API error, an error page and Swagger UI. On the plain-HTTP embedded default the session
 * cookie is not marked Secure (the mariadb and keycloak profiles do that, see MariaDbSessionCookieIntegrationTests).
 */
@PlatformIntegrationTest
class SecurityHeadersIntegrationTests {

	@Autowired
	TestRestTemplate http;

	private ResponseEntity<String> page(TestRestTemplate client, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	private static void assertHardened(SoftAssertions softly, String what, ResponseEntity<String> response) {
		HttpHeaders headers = response.getHeaders();
		String csp = headers.getFirst("Content-Security-Policy");
		softly.assertThat(csp).as(what + " CSP").isNotNull();
		if (csp != null) {
			softly.assertThat(csp)
				.as(what + " CSP")
				.contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
						"base-uri 'self'");
			softly.assertThat(csp.split("script-src")[1].split(";")[0]).as(what + " script-src")
				.doesNotContain("unsafe-inline", "unsafe-eval");
		}
		softly.assertThat(headers.get("Content-Security-Policy")).as(what + " one policy").hasSizeLessThanOrEqualTo(1);
		softly.assertThat(headers.getFirst("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		softly.assertThat(headers.getFirst("X-Frame-Options")).as(what).isEqualTo("DENY");
		softly.assertThat(headers.getFirst("Referrer-Policy")).as(what).isEqualTo("same-origin");
		softly.assertThat(headers.getFirst("Permissions-Policy")).as(what).contains("camera=()", "geolocation=()");
	}

	@Test
	void hardensTheSignInPageAWorkspacePageAnApiErrorAnErrorPageAndSwagger() {
		TestRestTemplate officer = http.withBasicAuth("thao.dtk", "demo");
		ResponseEntity<String> login = page(http, "/login");
		ResponseEntity<String> workspace = page(officer, "/");
		ResponseEntity<String> apiError = officer.getForEntity("/api/requests/HOAMINH-200101-0000", String.class);
		ResponseEntity<String> errorPage = page(officer, "/khong-co-trang-nay");
		ResponseEntity<String> swagger = page(http, "/swagger-ui/index.html");

		assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(workspace.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(apiError.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(errorPage.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(swagger.getStatusCode()).isEqualTo(HttpStatus.OK);
		SoftAssertions.assertSoftly(softly -> {
			assertHardened(softly, "/login", login);
			assertHardened(softly, "workspace", workspace);
			assertHardened(softly, "API error", apiError);
			assertHardened(softly, "error page", errorPage);
			assertHardened(softly, "Swagger UI", swagger);
		});
	}

	@Test
	void leavesTheSessionCookieUnsecuredOnPlainHttp() {
		List<String> cookies = page(http, "/login").getHeaders().get(HttpHeaders.SET_COOKIE);

		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly"));
		assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

}
