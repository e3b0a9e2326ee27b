package vn.vidan.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.support.VidanApi;

/** Dossiers received through the API for inbox tests, each with its own applicant, ID number and address. */
final class InboxFixtures {

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng");

	private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Ngọc", "Quốc");

	private static final List<String> GIVEN = List.of("Ánh", "Bảo", "Cường", "Diệp", "Đông", "Hạnh", "Khải", "Lộc",
			"Mẫn", "Nguyệt", "Phúc", "Quyên", "Sương", "Tường", "Uyên", "Vĩnh", "Xuyến", "Yến");

	private final TestRestTemplate http;

	private final JdbcTemplate jdbc;

	InboxFixtures(TestRestTemplate http, JdbcTemplate jdbc) {
		this.http = http;
		this.jdbc = jdbc;
	}

	/** A realistic name no other test uses: three given names drawn at random. */
	static String name(String family, String middle) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return family + " " + middle + " " + GIVEN.get(random.nextInt(GIVEN.size())) + " "
				+ GIVEN.get(random.nextInt(GIVEN.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
	}

	static String name() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return name(FAMILY.get(random.nextInt(FAMILY.size())), MIDDLE.get(random.nextInt(MIDDLE.size())));
	}

	/** A valid personal ID number: born in Đà Nẵng (048), a woman of the 1900s, a random serial. */
	static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "0481" + (60 + random.nextInt(40)) + String.format("%06d", random.nextInt(1_000_000));
	}

	/** A street address with a lane number no other test uses, in Hòa Minh's residential group 13. */
	static String address() {
		return "Kiệt " + ThreadLocalRandom.current().nextInt(100_000, 999_999) + " Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh";
	}

	/** Receives a temporary-residence dossier at {@code unit}'s desk; returns its receipt code. */
	String dossier(String officer, String unit, String applicant, String idNumber, String address) {
		ResponseEntity<JsonNode> received = http.withBasicAuth(officer, "demo").postForEntity("/api/requests", VidanApi.json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"%s",
				 "applicant":{"fullName":"%s","personalId":"%s","phone":"0905123456","address":"%s"},
				 "documents":[{"code":"CT01"},{"code":"CHO_O_HOP_PHAP"}]}""".formatted(unit, applicant, idNumber, address)),
				JsonNode.class);
		assertThat(received.getStatusCode().value()).as(String.valueOf(received.getBody())).isEqualTo(201);
		return received.getBody().get("receiptCode").asText();
	}

	String dossier(String applicant) {
		return dossier("thao.dtk", "HOAMINH", applicant, idNumber(), address());
	}

	/** The id of the open task of the case, from the projection. */
	String openTask(String caseCode) {
		List<String> ids = jdbc.queryForList("SELECT task_id FROM inbox_task WHERE case_code = ? AND state = 'O'",
				String.class, caseCode);
		assertThat(ids).as("open tasks of " + caseCode).hasSize(1);
		return ids.get(0);
	}

}
