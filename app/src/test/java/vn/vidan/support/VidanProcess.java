package vn.vidan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Vidan as an operator runs it: the repackaged jar ({@code target/vidan-app-*.jar}, built in the {@code package}
 * phase, before failsafe runs) in a JVM of its own, with the {@code mariadb} profile and the environment a
 * {@link MariaDbProcess} gives, on a port of its own that stays the same across restarts. A test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()}) and start it again; it is killed when the test JVM ends. Its output goes
 * to {@code target/crash/<name>/vidan.log}.
 */
public final class VidanProcess implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private final String name;

	private final Map<String, String> environment;

	private final Path log;

	private final int port;

	private Process process;

	public VidanProcess(String name, Map<String, String> environment) {
		this.name = name;
		this.environment = environment;
		this.log = MariaDbProcess.ROOT.resolve(name).resolve("vidan.log");
		this.port = MariaDbProcess.freePort();
		Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
	}

	/** Starts the app and waits until it is ready (its start-up runners, which create the demo accounts, are done). */
	public synchronized void start() {
		if (process != null && process.isAlive()) {
			throw new IllegalStateException(name + " is already running");
		}
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(List.of(javaCommand(), "-Xmx640m", "-XX:+UseSerialGC",
					"-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", jar().toString(),
					"--server.port=" + port, "--spring.profiles.active=mariadb",
					"--spring.main.banner-mode=off", "--" + PlatformIntegrationTest.UNLIMITED_LOOPBACK))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			// The test talks plain HTTP to the app, so its session cookie may not be Secure (Java's cookie store
			// would keep it to itself); and its workers, all on loopback, sign in again after every crash, more often
			// than the sign-in rate limit allows one client. Everything else is as the mariadb profile runs in production.
			builder.environment().put("VIDAN_COOKIE_SECURE", "false");
			process = builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(STARTUP);
		while (true) {
			try {
				HttpResponse<Void> page = http.send(
						HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (page.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(name + " did not start; see " + log);
			}
			MariaDbProcess.pause(Duration.ofMillis(500));
		}
	}

	/** SIGKILL: no shutdown hooks, no graceful stop, transactions in flight are cut off. */
	public synchronized void kill() {
		sigkill(process);
	}

	/** Kills a process with SIGKILL ({@code destroyForcibly} on Linux) and waits for it to be gone. */
	static void sigkill(Process process) {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void close() {
		kill();
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The repackaged app: {@code vidan-app-<version>.jar}, not the plain one. */
	static Path jar() {
		Path target = Path.of("target").toAbsolutePath();
		try (Stream<Path> files = Files.list(target)) {
			return files
				.filter(file -> file.getFileName().toString().matches("vidan-app-.*\\.jar")
						&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No vidan-app-*.jar under " + target + ": run the package phase first (./mvnw verify does)"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
