package vn.vidan.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vidan.support.VidanApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vidan.support.PlatformIntegrationTest;

/**
 * A tip referred by another unit (channel REFERRAL) is filed by an officer of the referring unit, into a commune
 * that unit covers, naming their own unit as the referrer (issue 11): an officer can no longer file a referral into
 * any commune, nor name any unit as the one that referred it.
 */
@PlatformIntegrationTest
class TipReferralIntegrationTests extends TipTestSupport {

	private ResponseEntity<JsonNode> refer(String officer, String commune, String referrer) {
		return api.as(officer).postForEntity("/api/tips", json("""
				{"channel":"REFERRAL","unitCode":"%s","incidentAddress":"Tổ dân phố 2",
				 "incidentAt":"2026-02-13T03:00:00Z","description":"Đánh bạc tại quán nước, do đơn vị khác chuyển đến"%s}"""
			.formatted(commune, referrer == null ? "" : ",\"referredByUnit\":\"" + referrer + "\"")), JsonNode.class);
	}

	private int tipsIn(String commune) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM tip_report WHERE unit_code = ?", Integer.class, commune);
	}

	@Test
	void refusesAReferralIntoACommuneOutsideTheCallersUnits() {
		int before = tipsIn("HOAQUY");

		ResponseEntity<JsonNode> refused = refer("nhung.pt", "HOAQUY", "HOAAN");

		assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody().get("code").asText()).isEqualTo("tip.outsideUnits");
		assertThat(tipsIn("HOAQUY")).isEqualTo(before);
	}

	@Test
	void refusesAReferrerThatIsNotTheCallersOwnUnit() {
		int before = tipsIn("HOAMINH");

		ResponseEntity<JsonNode> other = refer("khanh.dd", "HOAMINH", "CADN-PC02");
		ResponseEntity<JsonNode> none = refer("khanh.dd", "HOAMINH", null);

		assertThat(other.getStatusCode()).as(String.valueOf(other.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(other.getBody().get("code").asText()).isEqualTo("tip.notYourReferral");
		assertThat(none.getStatusCode()).as(String.valueOf(none.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(none.getBody().get("code").asText()).isEqualTo("tip.referrerRequired");
		assertThat(tipsIn("HOAMINH")).isEqualTo(before);
	}

	@Test
	void refusesAReferrerOnATipThatWasNotReferred() {
		ResponseEntity<JsonNode> online = api.anonymous().postForEntity("/api/public/tips", json("""
				{"unitCode":"HOAMINH","incidentAddress":"Tổ dân phố 2","incidentAt":"2026-02-13T03:00:00Z",
				 "description":"Đánh bạc tại quán nước","referredByUnit":"CADN"}"""), JsonNode.class);

		assertThat(online.getStatusCode()).as(String.valueOf(online.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(online.getBody().get("code").asText()).isEqualTo("tip.referrerOnlyForReferral");
	}

	@Test
	void filesAReferralFromTheCallersOwnUnitIntoACommuneItCovers() {
		ResponseEntity<JsonNode> referred = refer("khanh.dd", "HOAMINH", "CADN");

		assertThat(referred.getStatusCode()).as(String.valueOf(referred.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(jdbc.queryForObject("SELECT referred_by_unit FROM tip_report WHERE reference = ?", String.class,
				referred.getBody().get("reference").asText())).isEqualTo("CADN");
	}

}
