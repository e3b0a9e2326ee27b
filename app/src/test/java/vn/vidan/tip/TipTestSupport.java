package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.bool;
import static vn.vidan.support.VidanApi.json;
import static vn.vidan.support.VidanApi.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vidan.processes.tip.TipReportProcess;
import vn.vidan.support.VidanApi;

/** Helpers for tip tests through the API: report from the portal, read as an officer, follow as the reporter. */
abstract class TipTestSupport {


	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String DUTY = "trung.hq";

	static final String AREA = "tai.vv";

	static final String LEADER = "dat.lq";

	static final String INVESTIGATOR = "viet.lh";

	static final String DESK = "thao.dtk";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService management;

	VidanApi api;

	@BeforeEach
	void api() {
		api = new VidanApi(http);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	static void clock(String localDateTime) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant()));
	}

	/** A named reporter's tip from the portal, about Tổ dân phố 13 (tai.vv's area) of Hòa Minh. */
	JsonNode reportOnline(String category, String urgency, boolean named) {
		ResponseEntity<JsonNode> created = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"HOAMINH","incidentAddress":"Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13",
				 "incidentAt":"%s","description":"Nhóm thanh niên tụ tập, nghi trộm cắp xe máy",
				 "suggestedCategory":"%s","urgency":"%s"%s,
				 "attachments":[{"fileName":"anh-hien-truong.jpg","mediaType":"image/jpeg","contentBase64":"/9j/4AAQSkZJRg=="}]}"""
			.formatted(ClockUtil.getCurrentTime().toInstant().minus(Duration.ofHours(1)), category, urgency,
					named ? "," + TipReporters.IDENTITY_JSON : "")),
				JsonNode.class);
		assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getBody().fieldNames()).toIterable().containsExactlyInAnyOrder("trackingCode", "secret");
		return created.getBody();
	}

	/** The officers' reference of a tip the portal received, as the duty officer finds it in the inbox. */
	String referenceOf(JsonNode tracking) {
		return jdbc.queryForObject("SELECT reference FROM tip_report WHERE tracking_code = ?", String.class,
				tracking.get("trackingCode").asText());
	}

	JsonNode tip(String user, String reference) {
		ResponseEntity<JsonNode> tip = api.as(user).getForEntity("/api/tips/" + reference, JsonNode.class);
		assertThat(tip.getStatusCode()).as(String.valueOf(tip.getBody())).isEqualTo(HttpStatus.OK);
		return tip.getBody();
	}

	JsonNode follow(JsonNode tracking) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Tip-Secret", tracking.get("secret").asText());
		ResponseEntity<JsonNode> status = api.anonymous().exchange(
				"/api/public/tips/" + tracking.get("trackingCode").asText(), org.springframework.http.HttpMethod.GET,
				new org.springframework.http.HttpEntity<>(headers), JsonNode.class);
		assertThat(status.getStatusCode()).as(String.valueOf(status.getBody())).isEqualTo(HttpStatus.OK);
		return status.getBody();
	}

	void triage(String reference, String category) {
		api.complete(DUTY, reference, TipReportProcess.TASK_TRIAGE_TIP,
				text("category", category) + "," + text("triageNote", "Phân loại theo nội dung tin"));
	}

	void approve(String reference) {
		api.complete(LEADER, reference, TipReportProcess.TASK_APPROVE_CONCLUSION,
				text("approved", "true") + "," + text("leaderComment", "Đồng ý"));
	}

}
