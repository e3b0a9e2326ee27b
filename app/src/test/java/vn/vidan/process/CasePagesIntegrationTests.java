package vn.vidan.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.bool;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.request.ResidentRequestProcess;
import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.PlatformIntegrationTest;
import vn.vidan.support.VidanApi;

/**
 * What the case pages say in the states the browser tests do not reach: a supplement pause on the SLA bar, a refused
 * dossier with its written refusal, a tip closed with a penalty, and a finished wave's reports, evaluations,
 * commendations and totals.
 */
@PlatformIntegrationTest
class CasePagesIntegrationTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theSlaBarShowsTheTimeUsedAndTheSupplementPause() {
		clock("2026-03-09T09:00");
		String code = receive();
		clock("2026-03-09T10:00");
		api.complete("thao.dtk", code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, false) + ","
						+ text(ResidentRequestProcess.Vars.MISSING_DOCUMENTS, "Hợp đồng thuê nhà có công chứng"));
		clock("2026-03-10T10:00");
		assertThat(page("/requests/" + code)).contains("Chờ bổ sung giấy tờ", "Hợp đồng thuê nhà có công chứng",
				"Từ 09/03/2026 10:00, đang dừng (1 ngày làm việc)");
		clock("2026-03-11T10:00");
		ResponseEntity<String> supplemented = api.as("thao.dtk").postForEntity("/api/requests/" + code + "/supplement",
				json("{\"documents\":[{\"code\":\"CHO_O_HOP_PHAP\",\"fileName\":\"hop-dong.pdf\",\"contentBase64\":\"JVBERi0xLjQK\"}]}"),
				String.class);
		assertThat(supplemented.getStatusCode()).as(supplemented.getBody()).isEqualTo(HttpStatus.OK);
		clock("2026-03-11T11:00");
		String page = page("/requests/" + code);
		assertThat(page).contains("Từ 09/03/2026 10:00 đến 11/03/2026 10:00: dừng 2 ngày làm việc")
			.contains(">2 giờ<")
			.contains("hẹn trả 16/03/2026 09:00");
		assertThat(api.as("thao.dtk").getForObject("/requests/" + code + "/panel", String.class))
			.as("the task page's panel: no layout, the clock and the documents")
			.doesNotContain("<html", "topbar")
			.contains("Thời gian tạm dừng", "hop-dong.pdf", "048190000123");
	}

	@Test
	void aRefusedDossierHasItsWrittenRefusalAndTheEndItReached() throws Exception {
		String code = receive();
		api.complete("thao.dtk", code, ResidentRequestProcess.TASK_CHECK_COMPLETENESS,
				bool(ResidentRequestProcess.Vars.DOSSIER_COMPLETE, true));
		api.complete("thao.dtk", code, ResidentRequestProcess.TASK_VERIFY_DOSSIER,
				bool(ResidentRequestProcess.Vars.FIELD_CHECK_NEEDED, false));
		api.complete("dat.lq", code, ResidentRequestProcess.TASK_DECIDE_REQUEST,
				text(ResidentRequestProcess.Vars.DECISION, ResidentRequestProcess.Decision.REFUSE) + ","
						+ text(ResidentRequestProcess.Vars.REFUSAL_REASON, "Chỗ ở không hợp pháp"));
		String page = page("/requests/" + code);
		assertThat(page).contains("Từ chối giải quyết", "Chỗ ở không hợp pháp", "/api/requests/" + code + "/refusal.pdf",
				"data-reached=\"" + ResidentRequestProcess.END_EVENT_REQUEST_REFUSED + "\"", "Lương Quốc Đạt")
			.doesNotContain("/result.pdf");
		byte[] pdf = api.as("thao.dtk").getForObject("/api/requests/" + code + "/refusal.pdf", byte[].class);
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
					"PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Chỗ ở không hợp pháp", code, "Nguyễn Thị Thanh");
		}
		assertThat(api.as("thao.dtk").getForEntity("/api/requests/" + code + "/result.pdf", String.class)
			.getStatusCode()).as("no result notice for a refused dossier").isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aTipClosedWithAPenaltyShowsItsOutcomeAndTheEndItReached() {
		ResponseEntity<JsonNode> created = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"HOAMINH","incidentAddress":"Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13",
				 "incidentAt":"%s","description":"Lấn chiếm vỉa hè bán hàng","suggestedCategory":"ADMINISTRATIVE_VIOLATION"}"""
			.formatted(Instant.now().minusSeconds(3600))), JsonNode.class);
		String reference = jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class,
				created.getBody().get("trackingCode").asText());
		api.complete("trung.hq", reference, TipReportProcess.TASK_TRIAGE_TIP, text("category", "ADMINISTRATIVE_VIOLATION"));
		api.complete("tai.vv", reference, TipReportProcess.TASK_VERIFY_VIOLATION,
				text("violationFound", "true") + "," + text("finding", "Lấn chiếm vỉa hè để kinh doanh"));
		api.complete("tai.vv", reference, TipReportProcess.TASK_RECORD_VIOLATION, text("violationRecordNo", "15/BB-VPHC")
				+ "," + text("penaltyDecisionNo", "15/QĐ-XPHC") + "," + text("penaltyAmount", "1500000"));
		api.complete("dat.lq", reference, TipReportProcess.TASK_APPROVE_CONCLUSION,
				text("approved", "true") + "," + text("leaderComment", "Đồng ý"));
		String page = api.as("dung.vd").getForObject("/tips/" + reference, String.class);
		assertThat(page).contains("Đã giải quyết xong", "15/BB-VPHC", "15/QĐ-XPHC", "1.500.000 đồng", "Võ Văn Tài",
				"Lãnh đạo duyệt kết quả", "Người báo tin không để lại danh tính",
				"data-reached=\"" + TipReportProcess.END_EVENT_TIP_CLOSED + "\"");
	}

	@Test
	void aWavesPageShowsItsReportsEvaluationsCommendationsAndTotals() {
		String code = "SUM-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		ResponseEntity<String> drafted = api.as("diep.lt").postForEntity("/api/secondments/waves", json("""
				{"code":"%s","name":"Đợt tổng kết","provinceCode":"CADNO","startDate":"2029-07-01","endDate":"2029-09-30",
				 "reportEvery":"P1M","communes":[{"unitCode":"DAKNIA","quota":1,"focus":["ID_CARD_CAMPAIGN"]}],
				 "sources":[{"unitCode":"CADNO-PC06","nominationDue":"2029-06-10T17:00:00+07:00"}]}""".formatted(code)),
				String.class);
		assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.CREATED);
		// A term served to the end, as the processes would have written it.
		String assignment = "A-" + code;
		Timestamp arrived = Timestamp.from(Instant.parse("2029-07-01T01:00:00Z"));
		Timestamp ended = Timestamp.from(Instant.parse("2029-09-30T10:00:00Z"));
		jdbc.update("INSERT INTO sec_assignment (id, wave_code, username, commune_code, score, reasons, pinned, status, "
				+ "decided_by, decided_at, arrived_at, ended_at, created_at) VALUES (?, ?, 'trang.ltk', 'DAKNIA', 224, ?, FALSE, "
				+ "'COMPLETED', 'son.hq', ?, ?, ?, ?)", assignment, code,
				"Kỹ năng phù hợp: Cấp căn cước (+110 điểm); Cách 6 km (-6 điểm); Suất 1/1", arrived, arrived, ended, arrived);
		jdbc.update("INSERT INTO sec_report (id, assignment_id, period_no, period_end, patrols, id_applications, "
				+ "residence_files, records_corrected, deceased_found, disputes_resolved, outreach_sessions, "
				+ "outreach_attendees, village_meetings, note, filed_at, confirmed_by, confirmed_at) "
				+ "VALUES (?, ?, 1, ?, 22, 1500, 4000, 45, 78, 5, 6, 300, 20, 'Kỳ 1', ?, 'hoa.nn', ?)",
				"R-" + code, assignment, ended, ended, ended);
		jdbc.update("INSERT INTO sec_evaluation (assignment_id, evaluator_role, evaluator, rating, comment, evaluated_at) "
				+ "VALUES (?, 'COMMUNE_POLICE_CHIEF', 'hoa.nn', 'EXCELLENT', 'Nhiệt tình, trách nhiệm', ?)", assignment, ended);
		jdbc.update("INSERT INTO sec_commendation (assignment_id, proposed_by, proposed_at, decided_by, decided_at, approved) "
				+ "VALUES (?, 'hoa.nn', ?, 'nghia.td', ?, TRUE)", assignment, ended, ended);

		String page = api.as("hoa.nn").getForObject("/secondments/" + code, String.class);
		assertThat(page).contains("Lê Thị Kim Trang", "Hoàn thành đợt", "Kỹ năng phù hợp: Cấp căn cước (+110 điểm)",
				"Cách 6 km (-6 điểm)", "Hoàn thành xuất sắc", "Nhiệt tình, trách nhiệm", "Tặng giấy khen",
				"Trần Đình Nghĩa", "1 cán bộ, 1 báo cáo đã xác nhận, 1 giấy khen.", "1.500", "4.000",
				"Người đã chết còn trong dữ liệu");
		String panel = api.as("hoa.nn").getForObject("/secondments/" + code + "/panel", String.class);
		assertThat(panel).doesNotContain("<html").contains("1/1 suất", "Cấp căn cước, định danh điện tử");
	}

	private String page(String path) {
		ResponseEntity<String> page = api.as("thao.dtk").getForEntity(path, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		return page.getBody();
	}

	private String receive() {
		ResponseEntity<JsonNode> receipt = api.as("thao.dtk").postForEntity("/api/requests", json("""
				{"procedureCode":"TAM_TRU","channel":"DESK","unitCode":"HOAMINH",
				 "applicant":{"fullName":"Nguyễn Thị Thanh","personalId":"048190000123","phone":"0905123456",
				              "address":"45 Nguyễn Tất Thành, Tổ dân phố 13, phường Hòa Minh"},
				 "documents":[{"code":"CT01","fileName":"to-khai.pdf","contentType":"application/pdf","contentBase64":"JVBERi0xLjQK"},
				              {"code":"CHO_O_HOP_PHAP"}]}"""), JsonNode.class);
		assertThat(receipt.getStatusCode()).as(String.valueOf(receipt.getBody())).isEqualTo(HttpStatus.CREATED);
		return receipt.getBody().get("receiptCode").asText();
	}

	private static void clock(String localDateTime) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant()));
	}

}
