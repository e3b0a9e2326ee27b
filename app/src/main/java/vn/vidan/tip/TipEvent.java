package vn.vidan.tip;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step in a tip's history. Notes come from officers' findings; they never name the reporter. */
@Embeddable
class TipEvent {

	private Instant at;

	private String actor;

	private String kind;

	@Enumerated(EnumType.STRING)
	private TipStatus status;

	@Column(length = 4000)
	private String note;

	protected TipEvent() {
	}

	TipEvent(Instant at, String actor, String kind, TipStatus status, String note) {
		this.at = at;
		this.actor = actor;
		this.kind = kind;
		this.status = status;
		this.note = note;
	}

	Instant getAt() {
		return at;
	}

	String getActor() {
		return actor;
	}

	String getKind() {
		return kind;
	}

	TipStatus getStatus() {
		return status;
	}

	String getNote() {
		return note;
	}

}
