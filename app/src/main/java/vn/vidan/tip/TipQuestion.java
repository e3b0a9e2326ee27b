package vn.vidan.tip;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question the handling officer asks the reporter, and the answer once given. */
@Entity
@Table(name = "tip_question")
class TipQuestion {

	@Id
	private String id;

	private String reference;

	@Column(name = "asked_by")
	private String askedBy;

	@Column(name = "asked_at")
	private Instant askedAt;

	private String question;

	private String answer;

	@Column(name = "answered_at")
	private Instant answeredAt;

	protected TipQuestion() {
	}

	TipQuestion(String id, String reference, String askedBy, Instant askedAt, String question) {
		this.id = id;
		this.reference = reference;
		this.askedBy = askedBy;
		this.askedAt = askedAt;
		this.question = question;
	}

	void answer(String answer, Instant at) {
		this.answer = answer;
		this.answeredAt = at;
	}

	String getId() {
		return id;
	}

	String getReference() {
		return reference;
	}

	String getAskedBy() {
		return askedBy;
	}

	Instant getAskedAt() {
		return askedAt;
	}

	String getQuestion() {
		return question;
	}

	String getAnswer() {
		return answer;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

}
