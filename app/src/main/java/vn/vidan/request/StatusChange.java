package vn.vidan.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a dossier's status history: what, when, by whom, and why. */
@Entity
@Table(name = "req_status_change")
public class StatusChange {

	@Id
	private String id;

	@Column(name = "receipt_code")
	private String receiptCode;

	/** Order within the dossier's history: several changes may share a timestamp. */
	private int seq;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	@Column(name = "changed_at")
	private Instant changedAt;

	@Column(name = "changed_by")
	private String changedBy;

	private String note;

	protected StatusChange() {
	}

	StatusChange(String receiptCode, int seq, RequestStatus status, Instant changedAt, String changedBy, String note) {
		this.id = UUID.randomUUID().toString();
		this.receiptCode = receiptCode;
		this.seq = seq;
		this.status = status;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.note = note;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public String getNote() {
		return note;
	}

}
