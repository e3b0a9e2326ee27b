package vn.vidan.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What every scenario gets: the database, the report, the scale, where the jars and logs are, the systems to run and
 * the scenarios asked for.
 */
public record Context(MariaDb db, Report report, Scale scale, Path repository, Path logs,
		List<SystemUnderTest.Kind> systems, Set<String> only) {

	/** Whether the run includes scenario {@code id} ({@code --only}). */
	public boolean includes(String id) {
		return only.contains(id);
	}

	/** Starts a system on a fresh schema (or as {@code options} say), logging under this run's logs. */
	public SystemUnderTest start(SystemUnderTest.Kind kind, SystemUnderTest.Options options) {
		return SystemUnderTest.start(kind, db, repository, logs, options);
	}

	/** When the run began (the JVM's start), so each line says how far into the run it is. */
	private static final long BEGAN = System.nanoTime();

	public void log(String line) {
		long seconds = (System.nanoTime() - BEGAN) / 1_000_000_000L;
		System.out.println(String.format("[bench %d:%02d] ", seconds / 60, seconds % 60) + line);
		System.out.flush();
	}

}
