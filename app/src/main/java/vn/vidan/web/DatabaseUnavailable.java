package vn.vidan.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached: the pool timed out waiting for a connection, a connection broke mid-statement, or the
 * server refused one. Callers get 503 with {@code Retry-After} (the API as problem+json, pages as the error page), not
 * a 500: nothing is wrong with their request, and Vidan serves it again once the database is back (the pool reconnects
 * by itself). Recognised anywhere in the cause chain, so Camunda's wrapped persistence failures count too.
 */
public final class DatabaseUnavailable {

	/** What {@code Retry-After} tells a caller: about the pool's connection timeout plus a moment. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private static final String HIKARI_CLOSED = "Connection is closed";

	private DatabaseUnavailable() {
	}

	/** Whether this failure, or anything that caused it, says the database cannot be reached. */
	public static boolean causedBy(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			// SQLSTATE class 08: connection exception, whichever driver or wrapper raised it.
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// The pool's own word for a connection it has already thrown away as broken (Hikari gives no SQLSTATE):
			// the rollback after a lost connection fails with it and hides the original failure.
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& HIKARI_CLOSED.equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

	/** The problem to answer with. */
	public static ProblemException problem() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "web.databaseUnavailable", RETRY_AFTER_SECONDS);
	}

}
