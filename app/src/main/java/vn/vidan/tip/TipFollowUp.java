package vn.vidan.tip;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vidan.process.EngineClock;
import vn.vidan.web.ProblemException;

/**
 * What a reporter, named or anonymous, can do with the tracking code and the secret: see the status and the result,
 * read the officer's questions and answer them. Nothing else. An unknown code and a wrong secret get the same answer.
 */
@Service
class TipFollowUp {

	/** Compared against when the code is unknown, so both failures take the same time. */
	private static final String NO_SECRET = TipCodes.hash("no tip has this secret");

	/** When a question was answered, as Vietnam reads the clock, in a refusal. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
		.withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

	record Status(String trackingCode, TipStatus status, String statusLabel, Instant receivedAt, Instant updatedAt,
			String result, List<Question> questions) {
	}

	record Question(String id, String question, Instant askedAt, boolean answered) {
	}

	private final TipReportRepository tips;

	private final TipQuestionRepository questions;

	private final FollowUpGuard guard;

	TipFollowUp(TipReportRepository tips, TipQuestionRepository questions, FollowUpGuard guard) {
		this.tips = tips;
		this.questions = questions;
		this.guard = guard;
	}

	@Transactional(readOnly = true)
	public Status status(String trackingCode, String secret, String clientAddress) {
		TipReport tip = authenticate(trackingCode, secret, clientAddress);
		List<TipEvent> events = tip.getEvents();
		return new Status(tip.getTrackingCode(), tip.getStatus(), tip.getStatus().label(), tip.getReceivedAt(),
				events.get(events.size() - 1).getAt(), tip.result(),
				questions.findByReferenceOrderByAskedAt(tip.getReference())
					.stream()
					.map(q -> new Question(q.getId(), q.getQuestion(), q.getAskedAt(), q.getAnswer() != null))
					.toList());
	}

	@Transactional
	public void answer(String trackingCode, String secret, String clientAddress, String questionId, String answer) {
		TipReport tip = authenticate(trackingCode, secret, clientAddress);
		TipQuestion question = questions.findById(questionId)
			.filter(q -> q.getReference().equals(tip.getReference()))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "tip.unknownQuestion", questionId));
		if (question.getAnswer() != null) {
			throw new ProblemException(HttpStatus.CONFLICT, "tip.alreadyAnswered",
					TIME.format(question.getAnsweredAt()));
		}
		Instant now = EngineClock.now();
		question.answer(answer.trim(), now);
		tip.record(now, "người báo tin", "ANSWERED", "Người báo tin trả lời câu hỏi của cán bộ");
	}

	private TipReport authenticate(String trackingCode, String secret, String clientAddress) {
		String code = trackingCode == null ? "" : trackingCode.trim().toUpperCase();
		guard.checkAllowed(clientAddress);
		TipReport tip = tips.findByTrackingCode(code).orElse(null);
		byte[] given = TipCodes.hash(secret == null ? "" : secret.trim()).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = (tip == null ? NO_SECRET : tip.getSecretHash()).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, expected) || tip == null) {
			guard.failed(clientAddress);
			throw new ProblemException(HttpStatus.NOT_FOUND, "tip.notFound");
		}
		return tip;
	}

}
