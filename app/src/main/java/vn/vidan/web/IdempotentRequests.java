package vn.vidan.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys of idempotent requests ({@code web_idempotent_request}), shared by every node through the database.
 * <p>
 * A request {@link #claim claims} its key with a committed "pending" row before any work: the primary key decides
 * which of several identical requests does the work, and no database lock is held while it runs. The work then runs
 * in one transaction that ends by {@link #finish storing the answer} on the row, so a crash leaves either the case and
 * its answer or neither (and a pending row whose lease runs out, after which a retry does the work). Answers are
 * sealed with AES-GCM under a key derived from the client's {@code Idempotency-Key}, which is never stored (the row is
 * found by another hash of it): a tip's one-time secret or a dossier's personal data in an answer can be read back
 * only by whoever sends that key again.
 */
@Component
class IdempotentRequests {

	private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

	private static final String TABLE = "web_idempotent_request";

	private final JdbcTemplate jdbc;

	private final IdempotencySettings settings;

	private final SecureRandom random = new SecureRandom();

	private final AtomicReference<Instant> nextCleanup = new AtomicReference<>(Instant.EPOCH);

	/** Claims and releases commit at once, even inside a request's transaction (the audit filter opens one). */
	private final TransactionTemplate outside;

	IdempotentRequests(JdbcTemplate jdbc, IdempotencySettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.outside = new TransactionTemplate(transactions);
		this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
	}

	/** What an earlier request answered: replayed byte for byte. */
	record Answer(int status, String contentType, String location, byte[] body) {
	}

	/** The outcome of claiming a key. */
	sealed interface Claim {
	}

	/** This request holds the key and does the work; {@code owner} fences its answer against a later taker. */
	record Claimed(String owner) implements Claim {
	}

	/** The key's first request finished: here is its answer. */
	record Replay(Answer answer) implements Claim {
	}

	/** The key's first request is still at work. */
	record Busy() implements Claim {
	}

	/** The key was used for another request (another body or another endpoint). */
	record Reused() implements Claim {
	}

	/** One caller's key: where its row is, and the secrets derived from it. */
	static final class Key {

		private final String id;

		private final byte[] seal;

		private final byte[] mark;

		Key(String scope, String key) {
			this.id = HexFormat.of().formatHex(hash("row", scope, key));
			this.seal = hash("seal", scope, key);
			this.mark = hash("mark", scope, key);
		}

		String id() {
			return id;
		}

		/** Which request this is: method, path and body, keyed so that the hash tells nothing without the key. */
		String fingerprint(String method, String path, byte[] body) {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(mark, "HmacSHA256"));
				mac.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(mac.doFinal(body));
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}

		byte[] seal(Answer answer, SecureRandom random) {
			try {
				ByteArrayOutputStream plain = new ByteArrayOutputStream(answer.body().length + 64);
				DataOutputStream out = new DataOutputStream(plain);
				out.writeInt(answer.status());
				out.writeUTF(answer.contentType() == null ? "" : answer.contentType());
				out.writeUTF(answer.location() == null ? "" : answer.location());
				out.write(answer.body());
				byte[] iv = new byte[12];
				random.nextBytes(iv);
				Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
				byte[] sealed = cipher.doFinal(plain.toByteArray());
				byte[] stored = Arrays.copyOf(iv, iv.length + sealed.length);
				System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
				return stored;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}

		Answer open(byte[] stored) {
			try {
				Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, 12));
				DataInputStream in = new DataInputStream(
						new ByteArrayInputStream(cipher.doFinal(stored, 12, stored.length - 12)));
				int status = in.readInt();
				String contentType = in.readUTF();
				String location = in.readUTF();
				return new Answer(status, contentType.isEmpty() ? null : contentType,
						location.isEmpty() ? null : location, in.readAllBytes());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}

		private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(seal, "AES"), new GCMParameterSpec(128, iv));
			cipher.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
			return cipher;
		}

		private static byte[] hash(String purpose, String scope, String key) {
			try {
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				return sha.digest((purpose + "\0" + scope + "\0" + key).getBytes(StandardCharsets.UTF_8));
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}

	}

	/** Where the row of this caller's key is (for tests and operators: a hash, never the key). */
	static String rowId(String scope, String key) {
		return new Key(scope, key).id();
	}

	private record Row(String fingerprint, String state, String owner, Instant lockedUntil, Instant expiresAt,
			byte[] response) {
	}

	/**
	 * Claims the key for this request, or says why not. Runs outside any transaction: each statement commits on its
	 * own, so the pending row is seen by every node at once.
	 */
	Claim claim(Key key, String fingerprint) {
		return outside.execute(status -> claimOutside(key, fingerprint));
	}

	private Claim claimOutside(Key key, String fingerprint) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Instant now = Instant.now();
			String owner = UUID.randomUUID().toString();
			try {
				jdbc.update("INSERT INTO " + TABLE
						+ " (id, fingerprint, state, owner, locked_until, created_at, expires_at) VALUES (?, ?, 'PENDING', ?, ?, ?, ?)",
						key.id(), fingerprint, owner, at(now.plus(settings.lease())), at(now),
						at(now.plus(settings.keep())));
				removeExpiredNowAndThen(now);
				return new Claimed(owner);
			}
			catch (DuplicateKeyException taken) {
				// Used before: look at what came of it.
			}
			List<Row> rows = jdbc.query("SELECT fingerprint, state, owner, locked_until, expires_at, response FROM "
					+ TABLE + " WHERE id = ?",
					(rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
							instant(rs.getTimestamp(5)), rs.getBytes(6)),
					key.id());
			if (rows.isEmpty()) {
				continue; // released or removed meanwhile
			}
			Row row = rows.get(0);
			if (row.expiresAt().isBefore(now)) {
				// Past its time: the key starts afresh, as if never used.
				if (jdbc.update("UPDATE " + TABLE + " SET fingerprint = ?, state = 'PENDING', owner = ?, locked_until = ?,"
						+ " created_at = ?, expires_at = ?, response = NULL WHERE id = ? AND expires_at < ?", fingerprint,
						owner, at(now.plus(settings.lease())), at(now), at(now.plus(settings.keep())), key.id(),
						at(now)) == 1) {
					return new Claimed(owner);
				}
				continue;
			}
			if (!row.fingerprint().equals(fingerprint)) {
				return new Reused();
			}
			if ("DONE".equals(row.state())) {
				return new Replay(key.open(row.response()));
			}
			if (row.lockedUntil().isAfter(now)) {
				return new Busy();
			}
			// The first request's lease ran out without an answer (its node died): this one does the work.
			if (jdbc.update("UPDATE " + TABLE + " SET owner = ?, locked_until = ? WHERE id = ? AND state = 'PENDING'"
					+ " AND owner = ?", owner, at(now.plus(settings.lease())), key.id(), row.owner()) == 1) {
				return new Claimed(owner);
			}
		}
		return new Busy();
	}

	/**
	 * Stores the answer, in the transaction of the work (it must be running). False if the claim was taken over after
	 * its lease ran out: then the work must roll back, the taker's will count.
	 */
	boolean finish(Key key, String owner, Answer answer) {
		return jdbc.update("UPDATE " + TABLE + " SET state = 'DONE', response = ?, locked_until = NULL"
				+ " WHERE id = ? AND owner = ? AND state = 'PENDING'", key.seal(answer, random), key.id(), owner) == 1;
	}

	/**
	 * Gives the key back after a refused or failed request, so the corrected request may use it. Should the database
	 * fail here too, the row stays until its lease runs out, and a retry then takes it over.
	 */
	void release(Key key, String owner) {
		try {
			outside.executeWithoutResult(status -> jdbc.update(
					"DELETE FROM " + TABLE + " WHERE id = ? AND owner = ? AND state = 'PENDING'", key.id(), owner));
		}
		catch (DataAccessException e) {
			log.warn("Could not give back an idempotency key; it is free again after its lease: {}", e.getMessage());
		}
	}

	/** Removes keys past their time. */
	void removeExpired() {
		int removed = jdbc.update("DELETE FROM " + TABLE + " WHERE expires_at < ?", at(Instant.now()));
		log.debug("Removed {} expired idempotency keys", removed);
	}

	private void removeExpiredNowAndThen(Instant now) {
		Instant due = nextCleanup.get();
		if (now.isBefore(due) || !nextCleanup.compareAndSet(due, now.plus(settings.cleanupEvery()))) {
			return;
		}
		try {
			removeExpired();
		}
		catch (DataAccessException e) {
			log.warn("Could not remove expired idempotency keys; trying again later: {}", e.getMessage());
		}
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? Instant.EPOCH : timestamp.toInstant();
	}

}
