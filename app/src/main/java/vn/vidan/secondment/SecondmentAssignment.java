package vn.vidan.secondment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One officer sent to one commune in a wave, with the matcher's score and explanation, and what became of it. */
@Entity
@Table(name = "sec_assignment")
class SecondmentAssignment {

	@Id
	private String id;

	@Column(name = "wave_code")
	private String waveCode;

	private String username;

	@Column(name = "commune_code")
	private String communeCode;

	private int score;

	private String reasons;

	private boolean pinned;

	@Enumerated(EnumType.STRING)
	private AssignmentStatus status;

	@Column(name = "place_id")
	private String placeId;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "refusal_reason")
	private String refusalReason;

	@Column(name = "arrived_at")
	private Instant arrivedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "end_reason")
	private String endReason;

	@Column(name = "created_at")
	private Instant createdAt;

	protected SecondmentAssignment() {
	}

	SecondmentAssignment(String id, String waveCode, Assignment proposal, AssignmentStatus status, Instant createdAt) {
		this.id = id;
		this.waveCode = waveCode;
		this.username = proposal.username();
		this.communeCode = proposal.communeCode();
		this.score = proposal.score();
		String explained = String.join("; ", proposal.reasons().stream().map(Reason::text).toList());
		this.reasons = explained.length() > 2000 ? explained.substring(0, 2000) : explained;
		this.pinned = proposal.pinned();
		this.status = status;
		this.createdAt = createdAt;
	}

	void moveTo(AssignmentStatus status) {
		this.status = status;
	}

	void decide(boolean released, String supervisor, String reason, Instant at) {
		this.status = released ? AssignmentStatus.RELEASED : AssignmentStatus.REFUSED;
		this.decidedBy = supervisor;
		this.refusalReason = released ? null : reason;
		this.decidedAt = at;
	}

	void takePlace(String placeId) {
		this.placeId = placeId;
	}

	void arrive(Instant at) {
		this.arrivedAt = at;
		this.status = AssignmentStatus.SERVING;
	}

	void end(AssignmentStatus how, String reason, Instant at) {
		this.status = how;
		this.endReason = reason;
		this.endedAt = at;
	}

	String getId() {
		return id;
	}

	String getWaveCode() {
		return waveCode;
	}

	String getUsername() {
		return username;
	}

	String getCommuneCode() {
		return communeCode;
	}

	int getScore() {
		return score;
	}

	String getReasons() {
		return reasons;
	}

	boolean isPinned() {
		return pinned;
	}

	AssignmentStatus getStatus() {
		return status;
	}

	String getPlaceId() {
		return placeId;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getRefusalReason() {
		return refusalReason;
	}

	Instant getArrivedAt() {
		return arrivedAt;
	}

	Instant getEndedAt() {
		return endedAt;
	}

	String getEndReason() {
		return endReason;
	}

}
