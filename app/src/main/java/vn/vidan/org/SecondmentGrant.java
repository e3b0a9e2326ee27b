package vn.vidan.org;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer's time-boxed access to a commune's work while seconded there. Active until revoked. */
@Entity
@Table(name = "org_secondment_grant")
class SecondmentGrant {

	@Id
	private String id;

	private String username;

	@Column(name = "unit_code")
	private String unitCode;

	@Column(name = "wave_code")
	private String waveCode;

	@Column(name = "granted_at")
	private Instant grantedAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected SecondmentGrant() {
	}

	SecondmentGrant(String id, String username, String unitCode, String waveCode, Instant grantedAt, Instant endsAt) {
		this.id = id;
		this.username = username;
		this.unitCode = unitCode;
		this.waveCode = waveCode;
		this.grantedAt = grantedAt;
		this.endsAt = endsAt;
	}

	void revoke(Instant at) {
		this.revokedAt = at;
	}

	String getUsername() {
		return username;
	}

	String getUnitCode() {
		return unitCode;
	}

	String getWaveCode() {
		return waveCode;
	}

	Instant getEndsAt() {
		return endsAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

}
