package vn.vidan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A system under test in a JVM of its own: an executable jar, started with the same JVM options for every system,
 * its output to a log file. Knows its time to ready, CPU time and resident memory.
 */
public final class JvmProcess implements AutoCloseable {

	/** The same for every system: a 1 GiB heap ceiling, the default collector, deep stacks for a JFR profile. */
	public static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-Dfile.encoding=UTF-8",
			"-XX:FlightRecorderOptions:stackdepth=512");

	private final String name;

	private final Process process;

	private final Path log;

	private final int port;

	private final long startedAt;

	private JvmProcess(String name, Process process, Path log, int port, long startedAt) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.port = port;
		this.startedAt = startedAt;
	}

	/** Starts {@code java <options> -jar jar <args> --server.port=<port>} with {@code environment} added. */
	public static JvmProcess start(String name, Path jar, List<String> extraJvmOptions, List<String> args,
			Map<String, String> environment, Path logDir) {
		int port = MariaDb.freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.addAll(extraJvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(args);
		command.add("--server.port=" + port);
		try {
			Files.createDirectories(logDir);
			Path log = logDir.resolve(name + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
			builder.environment().putAll(environment);
			long startedAt = System.nanoTime();
			JvmProcess started = new JvmProcess(name, builder.start(), log, port, startedAt);
			Runtime.getRuntime().addShutdownHook(new Thread(started::close));
			return started;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Waits until {@code path} answers 200; the time from start to ready. */
	public Duration awaitReady(String path, Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - startedAt);
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException(name + " did not get ready; see " + log);
			}
			MariaDb.sleep(Duration.ofMillis(100));
		}
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	public long pid() {
		return process.pid();
	}

	public long cpuMillis() {
		return Proc.cpuMillis(process.pid());
	}

	public long rssBytes() {
		return Proc.rssBytes(process.pid());
	}

	private void dumpThreads() {
		Path dump = log.resolveSibling(name + "-stopping-threads.txt");
		try {
			new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					Long.toString(process.pid()), "Thread.print")
				.redirectErrorStream(true)
				.redirectOutput(dump.toFile())
				.start()
				.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException e) {
			// no dump: the stop goes on
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	public Path log() {
		return log;
	}

	/**
	 * SIGTERM, then SIGKILL after 30 s. A JVM still running after 10 s gets its threads dumped next to its log
	 * ({@code <name>-stopping-threads.txt}): what a stop waits for.
	 */
	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					dumpThreads();
				}
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
