package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.RawHttp;

/**
 * The client address comes from X-Forwarded-For only when a trusted proxy (by default: this host's loopback,
 * 127.0.0.1 and ::1) sends it (issue 11). A client at 127.0.0.2 is not a proxy: its forged header neither changes the
 * "from" of the audit log nor gives it a fresh throttle.
 */
@PlatformIntegrationTest
class ClientAddressIntegrationTests {

	private static final String BASIC = "Authorization: Basic "
			+ Base64.getEncoder().encodeToString("thao.dtk:demo".getBytes());

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String auditedFrom(String resource) {
		return jdbc.queryForObject("SELECT remote_address FROM audit_event WHERE resource = ?", String.class, resource);
	}

	private static String get(String path, String... headers) {
		return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + String.join("\r\n", headers);
	}

	@Test
	void recordsAnUntrustedClientAtItsOwnAddressWhateverItForwards() throws IOException {
		String path = "/api/requests/HOAMINH-260101-" + UUID.randomUUID().toString().substring(0, 8);

		RawHttp.Response response = RawHttp.send("127.0.0.2", port,
				get(path, BASIC, "X-Forwarded-For: 203.0.113.66"), 0, (byte) 0);

		assertThat(response.status()).isEqualTo(404);
		assertThat(auditedFrom(path)).isEqualTo("127.0.0.2");
	}

	@Test
	void takesTheClientAddressFromTheTrustedProxy() throws IOException {
		String path = "/api/requests/HOAMINH-260101-" + UUID.randomUUID().toString().substring(0, 8);

		RawHttp.send("127.0.0.1", port, get(path, BASIC, "X-Forwarded-For: 203.0.113.67"), 0, (byte) 0);

		assertThat(auditedFrom(path)).isEqualTo("203.0.113.67");
	}

	@Test
	void forgedAddressesDoNotResetTheFollowUpThrottle() throws IOException {
		for (int attempt = 1; attempt <= 5; attempt++) {
			RawHttp.Response wrong = RawHttp.send("127.0.0.2", port, get("/api/public/tips/" + unknownCode(),
					"X-Tip-Secret: WRONGWRONGWRONGWRONG", "X-Forwarded-For: 198.51.100." + attempt), 0, (byte) 0);
			assertThat(wrong.status()).isEqualTo(404);
		}

		RawHttp.Response sixth = RawHttp.send("127.0.0.2", port, get("/api/public/tips/" + unknownCode(),
				"X-Tip-Secret: WRONGWRONGWRONGWRONG", "X-Forwarded-For: 198.51.100.99"), 0, (byte) 0);

		assertThat(sixth.status()).isEqualTo(429);
	}

	private static String unknownCode() {
		String random = UUID.randomUUID().toString().replace("-", "").toUpperCase().substring(0, 12);
		return random.substring(0, 4) + "-" + random.substring(4, 8) + "-" + random.substring(8);
	}

}
