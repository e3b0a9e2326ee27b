package vn.vidan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.RawHttp;
import vn.vidan.support.VidanApi;

/**
 * A file is what its bytes say, not what the sender declares (issue 11): a program or a page sent as a photo or a
 * scan is refused with 415 and nothing is stored; a real image is kept under the type its bytes show.
 */
@PlatformIntegrationTest
class UploadTypesIntegrationTests {

	/** A Windows program's first bytes ("MZ"), then padding. */
	private static final String PROGRAM = Base64.getEncoder()
		.encodeToString(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 });

	private static final String PAGE = Base64.getEncoder()
		.encodeToString("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes());

	/** A PNG's signature and IHDR chunk header. */
	private static final String PNG = Base64.getEncoder()
		.encodeToString(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
				0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 });

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	private ResponseEntity<JsonNode> tip(String marker, String mediaType, String content) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", RawHttp.freshClient());
		return http.postForEntity("/api/public/tips", VidanApi.json("""
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 13","incidentAt":"%s",
				 "description":"%s","urgency":"ORDINARY",
				 "attachments":[{"fileName":"anh.jpg","mediaType":"%s","contentBase64":"%s"}]}"""
			.formatted(Instant.now().minus(1, ChronoUnit.HOURS), marker, mediaType, content), headers), JsonNode.class);
	}

	private int tipsDescribed(String marker) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM tip_report WHERE description = ?", Integer.class, marker);
	}

	private static void assertRefusedType(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody()))
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(response.getBody().get("code").asText()).isEqualTo("web.fileType");
		assertThat(response.getBody().get("detail").asText()).contains("PDF", "JPEG", "PNG");
	}

	@Test
	void refusesAProgramOrAPageSentAsATipPhoto() {
		String marker = "Tệp giả ảnh " + UUID.randomUUID();

		assertRefusedType(tip(marker, "image/jpeg", PROGRAM));
		assertRefusedType(tip(marker, "image/png", PAGE));

		assertThat(tipsDescribed(marker)).isZero();
	}

	@Test
	void keepsATipPhotoUnderTheTypeItsBytesShow() {
		String marker = "Ảnh khai sai loại " + UUID.randomUUID();

		assertThat(tip(marker, "application/x-msdownload", PNG).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		assertThat(jdbc.queryForObject(
				"SELECT a.media_type FROM tip_attachment a JOIN tip_report t ON t.reference = a.reference WHERE t.description = ?",
				String.class, marker)).isEqualTo("image/png");
	}

	@Test
	void refusesAPageSentAsADossierScan() {
		String name = "Người Thử Tệp " + UUID.randomUUID().toString().substring(0, 8);
		ResponseEntity<JsonNode> refused = http.withBasicAuth("thao.dtk", "demo").postForEntity("/api/requests",
				VidanApi.json("""
						{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
						 "applicant":{"fullName":"%s","personalId":"048190000123","phone":"0905123456",
						              "address":"45 Nguyễn Tất Thành"},
						 "documents":[{"code":"CT01","fileName":"ct01.pdf","contentType":"application/pdf","contentBase64":"%s"},
						              {"code":"CHO_O_HOP_PHAP","fileName":"hop-dong.pdf"}]}"""
					.formatted(name, PAGE)),
				JsonNode.class);

		assertRefusedType(refused);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM req_request WHERE applicant_name = ?", Integer.class, name))
			.isZero();
	}

}
