package vn.vidan.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, briefly, that a password matched its stored hash, so a script calling the API with HTTP Basic pays for
 * BCrypt (tens of milliseconds of CPU) once every {@code ttl} instead of on every call. What is kept is an HMAC of the
 * stored hash and the password under a key made at start-up and never written anywhere, never the password: a
 * changed password (a new hash) is checked afresh, and only matches are remembered. Disabled accounts are refused
 * before the password is looked at, as before.
 */
final class VerifiedPasswords implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Duration ttl;

	private final int maxEntries;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	VerifiedPasswords(PasswordEncoder delegate, Duration ttl, int maxEntries, Clock clock) {
		this.delegate = delegate;
		this.ttl = ttl;
		this.maxEntries = maxEntries;
		this.clock = clock;
		new SecureRandom().nextBytes(key);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null || ttl.isZero()) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		String fingerprint = fingerprint(rawPassword, encodedPassword);
		Instant now = clock.instant();
		Instant until = verified.get(fingerprint);
		if (until != null && now.isBefore(until)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			if (verified.size() >= maxEntries) {
				forgetExpired(now);
			}
			if (verified.size() < maxEntries) {
				verified.put(fingerprint, now.plus(ttl));
			}
		}
		else if (until != null) {
			verified.remove(fingerprint);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private void forgetExpired(Instant now) {
		for (Iterator<Instant> untils = verified.values().iterator(); untils.hasNext();) {
			if (!now.isBefore(untils.next())) {
				untils.remove();
			}
		}
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
