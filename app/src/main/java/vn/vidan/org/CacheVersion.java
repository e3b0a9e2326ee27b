package vn.vidan.org;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A number in {@code cache_version} bumped with every change of something app nodes keep in memory. A node compares
 * it with the number its copy was built at, at most every {@code recheckEvery}, and rebuilds when they differ: this is
 * how a change committed on one node of a cluster reaches the others.
 */
public final class CacheVersion {

	private final JdbcTemplate jdbc;

	private final String name;

	private final long recheckNanos;

	private volatile long builtAt = -1;

	private volatile long checkedAt;

	public CacheVersion(JdbcTemplate jdbc, String name, Duration recheckEvery) {
		this.jdbc = jdbc;
		this.name = name;
		this.recheckNanos = recheckEvery.toNanos();
	}

	/** In the changing transaction: every node's copy is stale once it commits. */
	public void bump() {
		jdbc.update("UPDATE cache_version SET version = version + 1 WHERE name = ?", name);
	}

	/** True when the copy built at the last {@link #building()} may be kept; checks the database now and then. */
	public boolean fresh() {
		long now = System.nanoTime();
		if (now - checkedAt < recheckNanos) {
			return true;
		}
		checkedAt = now;
		return current() == builtAt;
	}

	/** Call just before building a new copy. */
	public void building() {
		builtAt = current();
		checkedAt = System.nanoTime();
	}

	private long current() {
		Long version = jdbc.queryForObject("SELECT version FROM cache_version WHERE name = ?", Long.class, name);
		return version == null ? 0 : version;
	}

}
