package vn.vidan.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for a condition, checking it every quarter second, and fails with what it waited for after the timeout. */
public final class Eventually {

	private Eventually() {
	}

	public static <T> T until(String what, Duration timeout, Callable<T> value, java.util.function.Predicate<T> done) {
		Instant deadline = Instant.now().plus(timeout);
		T last = null;
		Exception lastFailure = null;
		while (Instant.now().isBefore(deadline)) {
			try {
				last = value.call();
				if (done.test(last)) {
					return last;
				}
			}
			catch (Exception e) {
				lastFailure = e;
			}
			MariaDbProcess.pause(Duration.ofMillis(250));
		}
		throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + "; last: " + last, lastFailure);
	}

	public static void until(String what, Duration timeout, Callable<Boolean> condition) {
		until(what, timeout, condition, Boolean.TRUE::equals);
	}

}
