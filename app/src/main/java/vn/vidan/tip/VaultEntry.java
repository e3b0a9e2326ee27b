package vn.vidan.tip;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sealed identity: AES-GCM ciphertext under {@code keyId}, with the tip's reference as associated data. */
@Entity
@Table(name = "tip_reporter_vault")
class VaultEntry {

	@Id
	private String reference;

	@Column(name = "key_id")
	private String keyId;

	private byte[] iv;

	private byte[] ciphertext;

	@Column(name = "sealed_at")
	private Instant sealedAt;

	protected VaultEntry() {
	}

	VaultEntry(String reference, String keyId, byte[] iv, byte[] ciphertext, Instant sealedAt) {
		this.reference = reference;
		reseal(keyId, iv, ciphertext, sealedAt);
	}

	void reseal(String keyId, byte[] iv, byte[] ciphertext, Instant sealedAt) {
		this.keyId = keyId;
		this.iv = iv;
		this.ciphertext = ciphertext;
		this.sealedAt = sealedAt;
	}

	String getReference() {
		return reference;
	}

	String getKeyId() {
		return keyId;
	}

	byte[] getIv() {
		return iv;
	}

	byte[] getCiphertext() {
		return ciphertext;
	}

}
