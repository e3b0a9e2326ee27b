package vn.vidan.workspace;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time tokens for forms that open a case (the intake pages), so that a double click, a resent form or the back
 * button never opens a second dossier or tip. A page {@link #issue issues} a token into its form; on submit,
 * {@link #once} runs the work in one transaction with a row for the token ({@code ws_form_submission}): the first
 * submission stores its case, a second one of the same token waits for the first and gets the same case back. A
 * refused submission rolls back with the work, so the same token may be sent again once the form is corrected.
 */
@Component
public class FormTokens {

	private static final String ISSUED = FormTokens.class.getName() + ".issued";

	private static final int KEEP_ISSUED = 30;

	private static final Duration KEEP_SUBMITTED = Duration.ofDays(2);

	private static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(30);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final SecureRandom random = new SecureRandom();

	FormTokens(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** What came of a submission: the case it stored, and whether an earlier submission of the token stored it. */
	public record Submission(String caseCode, boolean repeated) {
	}

	/** Thrown when a token's submission could not be recorded; the work was not done. */
	static final class TokenTaken extends RuntimeException {

		TokenTaken(DataAccessException cause) {
			super(cause);
		}

	}

	/** A new token for a form shown in this session. */
	public String issue(HttpSession session) {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		synchronized (session) {
			Set<String> issued = issued(session);
			issued.add(token);
			while (issued.size() > KEEP_ISSUED) {
				issued.remove(issued.iterator().next());
			}
			session.setAttribute(ISSUED, issued);
		}
		return token;
	}

	/** Whether this session was given the token (a form of this person's, not a forged or expired one). */
	public boolean issuedIn(HttpSession session, String token) {
		if (token == null || token.isBlank()) {
			return false;
		}
		synchronized (session) {
			return issued(session).contains(token);
		}
	}

	/** The case an earlier submission of this token stored, if one did and has committed. */
	public Optional<String> result(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		List<String> codes = jdbc.queryForList(
				"SELECT case_code FROM ws_form_submission WHERE token = ? AND case_code IS NOT NULL", String.class, token);
		return codes.stream().findFirst();
	}

	/**
	 * Runs {@code work} (which stores a case and returns its code) once for the token, in one transaction with the
	 * token's row. When another submission of the token is running, waits for it: if it stored a case, that case is
	 * returned as a repeat; if it was refused, this one runs. Exceptions of {@code work} roll everything back.
	 */
	public Submission once(String token, String form, Supplier<String> work) {
		Instant giveUp = Instant.now().plus(WAIT_FOR_OTHER);
		while (true) {
			try {
				return new Submission(transactions.execute(status -> {
					Instant now = Instant.now();
					try {
						jdbc.update(
								"INSERT INTO ws_form_submission (token, form, username, submitted_at) VALUES (?, ?, ?, ?)",
								token, form, SecurityContextHolder.getContext().getAuthentication().getName(),
								Timestamp.from(now));
					}
					catch (DataAccessException taken) {
						throw new TokenTaken(taken);
					}
					String code = work.get();
					jdbc.update("UPDATE ws_form_submission SET case_code = ? WHERE token = ?", code, token);
					jdbc.update("DELETE FROM ws_form_submission WHERE submitted_at < ?",
							Timestamp.from(now.minus(KEEP_SUBMITTED)));
					return code;
				}), false);
			}
			catch (TokenTaken taken) {
				Optional<String> earlier = result(token);
				if (earlier.isPresent()) {
					return new Submission(earlier.get(), true);
				}
				if (Instant.now().isAfter(giveUp)) {
					throw (DataAccessException) taken.getCause();
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(150);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the form's first submission", e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String> issued(HttpSession session) {
		Object issued = session.getAttribute(ISSUED);
		return issued instanceof Set<?> set ? (Set<String>) set : new LinkedHashSet<>();
	}

}
