package vn.vidan.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How often one client may do something, as Bucket4j token buckets kept in the database ({@link JdbcBuckets}), so
 * a cluster counts together. A client is its address as Tomcat resolved it from the trusted proxies
 * ({@code server.tomcat.remoteip}); addresses are stored only as an HMAC. Over the limit: 429 with Retry-After.
 * When the database cannot be reached the limit is not applied (the request will fail on its own anyway).
 */
@Component
public class RateLimits {

	/** What is counted, each with its own {@link LimitSettings.Rate}. */
	public enum Kind {

		/** Every call to {@code /api/public/**}. */
		PUBLIC_API,
		/** A tip sent from the portal. */
		TIP,
		/** A receipt look-up, rating or online supplement with a wrong code or a wrong second factor. */
		LOOKUP_FAILURE,
		/** A sign-in form post, or a failed HTTP Basic sign-in. */
		SIGN_IN

	}

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private static final long CLEANUP_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();

	private final LimitSettings.Rates rates;

	private final JdbcBuckets buckets;

	private final byte[] hashKey;

	private final AtomicLong lastCleanup = new AtomicLong(System.currentTimeMillis());

	RateLimits(LimitSettings settings, DataSource dataSource) {
		this.rates = settings.rates();
		this.buckets = new JdbcBuckets(dataSource, ClientSideConfig.getDefault()
			.withExpirationAfterWriteStrategy(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1))));
		this.hashKey = rates.hashKey().getBytes(StandardCharsets.UTF_8);
	}

	/** Whether this client is never limited. */
	public boolean unlimited(String client) {
		return rates.unlimitedClients().contains(client);
	}

	/** Counts one {@code kind} for the client; 429 if its bucket is empty. */
	public void count(Kind kind, String client) {
		if (unlimited(client)) {
			return;
		}
		try {
			ConsumptionProbe probe = bucket(kind, client).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				throw tooMany(probe.getNanosToWaitForRefill());
			}
		}
		catch (ProblemException e) {
			throw e;
		}
		catch (RuntimeException storeDown) {
			log.warn("Rate limit {} not applied: {}", kind, storeDown.toString());
		}
	}

	/** 429 if the client's {@code kind} bucket is empty, without counting anything. */
	public void check(Kind kind, String client) {
		if (unlimited(client)) {
			return;
		}
		try {
			EstimationProbe probe = bucket(kind, client).estimateAbilityToConsume(1);
			if (!probe.canBeConsumed()) {
				throw tooMany(probe.getNanosToWaitForRefill());
			}
		}
		catch (ProblemException e) {
			throw e;
		}
		catch (RuntimeException storeDown) {
			log.warn("Rate limit {} not checked: {}", kind, storeDown.toString());
		}
	}

	private static ProblemException tooMany(long nanosToWait) {
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait) + 1);
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "web.tooManyRequests", seconds).retryAfter(seconds);
	}

	private io.github.bucket4j.distributed.BucketProxy bucket(Kind kind, String client) {
		cleanUpNowAndThen();
		LimitSettings.Rate rate = switch (kind) {
			case PUBLIC_API -> rates.publicApi();
			case TIP -> rates.tips();
			case LOOKUP_FAILURE -> rates.lookupFailures();
			case SIGN_IN -> rates.signIn();
		};
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(rate.capacity()).refillGreedy(rate.capacity(), rate.per()))
			.build();
		return buckets.builder().build(key(kind, client), () -> configuration);
	}

	private void cleanUpNowAndThen() {
		long last = lastCleanup.get();
		long now = System.currentTimeMillis();
		if (now - last > CLEANUP_EVERY_MILLIS && lastCleanup.compareAndSet(last, now)) {
			int deleted = buckets.deleteExpired();
			log.debug("Deleted {} full rate-limit buckets", deleted);
		}
	}

	private String key(Kind kind, String client) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(hashKey, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((kind + ":" + client).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
