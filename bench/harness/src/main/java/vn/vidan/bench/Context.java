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

	public void log(String line) {
		System.out.println("[bench] " + line);
		System.out.flush();
	}

}
