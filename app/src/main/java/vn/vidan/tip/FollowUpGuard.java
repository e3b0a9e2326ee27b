package vn.vidan.tip;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.web.ProblemException;

/**
 * Throttles guessing on the public follow-up: after {@code max-failures} failed look-ups within the window from one
 * client, every look-up from it (right or wrong) gets 429 until the window passes. Counted per client only, never per
 * tracking code, so nobody can lock a reporter out of their own tip; how fast one client can guess at all is capped by
 * the rate limit on {@code /api/public/**} ({@code vn.vidan.web.RateLimits}). The failures are kept in the database,
 * so all app nodes count together, under an HMAC of the client address, so the table does not say who looked. The
 * address is the one Tomcat took from a trusted proxy ({@code server.tomcat.remoteip}), never a header a client set.
 */
@Component
class FollowUpGuard {

	private final JdbcTemplate jdbc;

	private final TipSettings.FollowUp limits;

	private final byte[] hmacKey;

	FollowUpGuard(JdbcTemplate jdbc, TipSettings settings) {
		this.jdbc = jdbc;
		this.limits = settings.followUp();
		this.hmacKey = settings.vault().keyMap().get(settings.vault().activeKey());
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void checkAllowed(String clientAddress) {
		Timestamp since = Timestamp.from(Instant.now().minus(limits.window()));
		Integer failures = jdbc.queryForObject(
				"SELECT COUNT(*) FROM tip_follow_up_failure WHERE client_key = ? AND failed_at > ?", Integer.class,
				key("client", clientAddress), since);
		if (failures != null && failures >= limits.maxFailures()) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "tip.tooManyAttempts", limits.window().toMinutes())
				.retryAfter(limits.window().toSeconds());
		}
	}

	/** Counted in its own transaction, so the failure stays counted although the look-up fails. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String clientAddress) {
		jdbc.update("DELETE FROM tip_follow_up_failure WHERE failed_at < ?",
				Timestamp.from(Instant.now().minus(limits.window())));
		jdbc.update("INSERT INTO tip_follow_up_failure (client_key, failed_at) VALUES (?, ?)", key("client", clientAddress),
				Timestamp.from(Instant.now()));
	}

	private String key(String kind, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
			byte[] digest = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
