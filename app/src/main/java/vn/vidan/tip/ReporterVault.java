package vn.vidan.tip;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter vault. Identities are sealed with AES-256-GCM (random 96-bit IV, 128-bit tag) under the active key,
 * with the tip's reference as associated data, so a sealed row cannot be moved to another tip. Entries sealed under
 * an older key stay readable while that key is configured; {@link #rotate()} re-seals them under the active key.
 */
@Service
public class ReporterVault {

	private static final String CIPHER = "AES/GCM/NoPadding";

	private final VaultEntryRepository entries;

	private final ObjectMapper json;

	private final String activeKey;

	private final Map<String, byte[]> keys;

	private final SecureRandom random = new SecureRandom();

	ReporterVault(VaultEntryRepository entries, ObjectMapper json, TipSettings settings) {
		this.entries = entries;
		this.json = json;
		this.activeKey = settings.vault().activeKey();
		this.keys = settings.vault().keyMap();
	}

	@Transactional
	void seal(String reference, ReporterIdentity identity, Instant at) {
		Sealed sealed = encrypt(reference, identity);
		entries.save(new VaultEntry(reference, activeKey, sealed.iv(), sealed.ciphertext(), at));
	}

	@Transactional(readOnly = true)
	Optional<ReporterIdentity> open(String reference) {
		return entries.findById(reference).map(this::decrypt);
	}

	/** Re-seals every entry not under the active key; returns how many. */
	@Transactional
	public int rotate() {
		int count = 0;
		for (VaultEntry entry : entries.findByKeyIdNot(activeKey)) {
			Sealed sealed = encrypt(entry.getReference(), decrypt(entry));
			entry.reseal(activeKey, sealed.iv(), sealed.ciphertext(), Instant.now());
			count++;
		}
		return count;
	}

	private Sealed encrypt(String reference, ReporterIdentity identity) {
		try {
			byte[] iv = new byte[12];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance(CIPHER);
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.get(activeKey), "AES"), new GCMParameterSpec(128, iv));
			cipher.updateAAD(reference.getBytes(StandardCharsets.UTF_8));
			return new Sealed(iv, cipher.doFinal(json.writeValueAsBytes(identity)));
		}
		catch (GeneralSecurityException | JsonProcessingException e) {
			throw new IllegalStateException("Could not seal the reporter's identity of tip " + reference, e);
		}
	}

	private ReporterIdentity decrypt(VaultEntry entry) {
		byte[] key = keys.get(entry.getKeyId());
		if (key == null) {
			throw new IllegalStateException("The vault entry of tip " + entry.getReference() + " is sealed under key '"
					+ entry.getKeyId() + "', which is no longer configured");
		}
		try {
			Cipher cipher = Cipher.getInstance(CIPHER);
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, entry.getIv()));
			cipher.updateAAD(entry.getReference().getBytes(StandardCharsets.UTF_8));
			return json.readValue(cipher.doFinal(entry.getCiphertext()), ReporterIdentity.class);
		}
		catch (GeneralSecurityException | java.io.IOException e) {
			// Never the content: only which entry failed.
			throw new IllegalStateException("The vault entry of tip " + entry.getReference() + " does not open", e);
		}
	}

	private record Sealed(byte[] iv, byte[] ciphertext) {
	}

}
