package vn.vidan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One system the benchmark drives: Vidan, or a peer the harness built from Maven Central (a plain Spring Boot app on
 * stock Camunda 7.24, Operaton or Flowable, as each project's getting-started guide makes it), started on a fresh
 * schema of the benchmark's MariaDB.
 */
public final class SystemUnderTest implements AutoCloseable {

	/** What is started and how it is reached. */
	public enum Kind {

		VIDAN("Vidan", "vidan", "/actuator/health/readiness", "audit"),
		CAMUNDA("stock Camunda 7.24", "camunda", "/engine-rest/engine", "full"),
		OPERATON("Operaton 1.0.3", "operaton", "/engine-rest/engine", "full"),
		FLOWABLE("Flowable 7.2.0", "flowable", "/process-api/repository/process-definitions", "audit");

		public final String label;

		public final String id;

		final String readyPath;

		/** The history level a fresh install runs at. */
		public final String defaultHistory;

		Kind(String label, String id, String readyPath, String defaultHistory) {
			this.label = label;
			this.id = id;
			this.readyPath = readyPath;
			this.defaultHistory = defaultHistory;
		}

		public static Kind of(String id) {
			for (Kind kind : values()) {
				if (kind.id.equalsIgnoreCase(id)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("No system " + id + " (vidan, camunda, operaton, flowable)");
		}

	}

	/**
	 * The driver options every system gets: Vidan's mariadb profile's (useBulkStmts breaks job locking), and
	 * nullDatabaseMeansCurrent: the engines ask JDBC metadata whether their tables exist with no catalog, which
	 * Connector/J answers from every schema of the server, so an engine on a fresh schema would skip creating its
	 * tables while another system's schema has them.
	 */
	public static final String DRIVER_OPTIONS = "useBulkStmts=false&rewriteBatchedStatements=false"
			+ "&nullDatabaseMeansCurrent=true";

	/** Vidan's demo passwords (admin's own, everyone else's); the peers have no sign-in (their guides' default). */
	static String demoPassword(String user) {
		return "admin".equals(user) ? "admin" : "demo";
	}

	private final Kind kind;

	private final JvmProcess process;

	private final Duration startUp;

	private final String schema;

	private SystemUnderTest(Kind kind, JvmProcess process, Duration startUp, String schema) {
		this.kind = kind;
		this.process = process;
		this.startUp = startUp;
		this.schema = schema;
	}

	/** Options a scenario may set. */
	public record Options(String historyLevel, List<String> extraArgs, List<String> extraJvmOptions, String schema,
			boolean freshSchema, String name) {

		public static Options defaults() {
			return new Options(null, List.of(), List.of(), null, true, null);
		}

		public Options history(String level) {
			return new Options(level, extraArgs, extraJvmOptions, schema, freshSchema, name);
		}

		public Options args(String... args) {
			List<String> all = new ArrayList<>(extraArgs);
			all.addAll(List.of(args));
			return new Options(historyLevel, all, extraJvmOptions, schema, freshSchema, name);
		}

		public Options jvm(String... options) {
			List<String> all = new ArrayList<>(extraJvmOptions);
			all.addAll(List.of(options));
			return new Options(historyLevel, extraArgs, all, schema, freshSchema, name);
		}

		/** Runs on {@code schema}, kept as it is (a second node on the same database, or a restart). */
		public Options existingSchema(String schema) {
			return new Options(historyLevel, extraArgs, extraJvmOptions, schema, false, name);
		}

		/** The process's name in logs (default: the system's id). */
		public Options named(String name) {
			return new Options(historyLevel, extraArgs, extraJvmOptions, schema, freshSchema, name);
		}

	}

	/** Builds nothing: the jars come from {@code bench/run}'s Maven build. Starts and waits until ready. */
	public static SystemUnderTest start(Kind kind, MariaDb db, Path repository, Path logs, Options options) {
		String schema = options.schema() != null ? options.schema() : "bench_" + kind.id;
		if (options.freshSchema()) {
			db.freshSchema(schema);
		}
		String url = db.url(schema) + "?" + DRIVER_OPTIONS;
		Map<String, String> env = new LinkedHashMap<>();
		List<String> args = new ArrayList<>();
		Path jar;
		List<String> jvm = new ArrayList<>();
		switch (kind) {
			case VIDAN -> {
				VidanImage.Launch launch = VidanImage.prepare(vidanJar(repository), logs.getParent());
				jar = launch.jar();
				jvm.addAll(launch.jvmOptions());
				env.put("VIDAN_DB_URL", db.url(schema));
				env.put("VIDAN_DB_USER", "root");
				env.put("VIDAN_DB_PASSWORD", "");
				env.put("VIDAN_DEMO_ACCOUNTS", "true");
				env.put("VIDAN_VAULT_KEYS", "bench:YmVuY2gtb25seS1rZXktLS0tLS0tLS0tLS0tLS0tLS0=");
				env.put("VIDAN_VAULT_ACTIVE_KEY", "bench");
				// The load talks plain HTTP on loopback: the cookie may not be Secure, and its clients all share one
				// address, so the per-client sign-in throttle would stop a run of many clients.
				env.put("VIDAN_COOKIE_SECURE", "false");
				args.add("--spring.profiles.active=mariadb");
				args.add("--vidan.mariadb.driver-options=" + DRIVER_OPTIONS);
				args.add("--vidan.limits.rates.unlimited-clients=127.0.0.1,0:0:0:0:0:0:0:1");
				if (options.historyLevel() != null) {
					args.add("--camunda.bpm.history-level=" + options.historyLevel());
				}
			}
			case CAMUNDA, OPERATON, FLOWABLE -> {
				jar = repository.resolve("bench/peer-" + kind.id + "/target/peer-" + kind.id + ".jar");
				env.put("SPRING_DATASOURCE_URL", url);
				env.put("SPRING_DATASOURCE_USERNAME", "root");
				env.put("SPRING_DATASOURCE_PASSWORD", "");
				if (options.historyLevel() != null) {
					args.add(switch (kind) {
						case CAMUNDA -> "--camunda.bpm.history-level=";
						case OPERATON -> "--operaton.bpm.history-level=";
						default -> "--flowable.history-level=";
					} + options.historyLevel());
				}
			}
			default -> throw new IllegalStateException();
		}
		args.add("--spring.main.banner-mode=off");
		args.addAll(options.extraArgs());
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": build first (bench/run does)");
		}
		String name = options.name() != null ? options.name() : kind.id;
		jvm.addAll(options.extraJvmOptions());
		JvmProcess process = JvmProcess.start(name, jar, jvm, args, env, logs);
		Duration ready = process.awaitReady(kind.readyPath, Duration.ofMinutes(4));
		return new SystemUnderTest(kind, process, ready, schema);
	}

	/** Vidan's repackaged jar: {@code app/target/vidan-app-<version>.jar}. */
	static Path vidanJar(Path repository) {
		Path target = repository.resolve("app/target");
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(file -> file.getFileName().toString().matches("vidan-app-.*\\.jar")
					&& !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No vidan-app-*.jar under " + target));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Kind kind() {
		return kind;
	}

	public String label() {
		return kind.label;
	}

	public String schema() {
		return schema;
	}

	public Duration startUp() {
		return startUp;
	}

	public JvmProcess process() {
		return process;
	}

	public EngineApi api() {
		return kind == Kind.FLOWABLE ? new FlowableRest("/process-api") : new CamundaRest("/engine-rest");
	}

	/** A client of this system: signed in as {@code user} on Vidan; the peers' REST is open, as their guides leave it. */
	public Http client(Latencies latencies, String user) {
		Http http = new Http(process::uri, latencies);
		return kind == Kind.VIDAN ? http.signIn(user, demoPassword(user)) : http;
	}

	public long cpuMillis() {
		return process.cpuMillis();
	}

	public long rssBytes() {
		return process.rssBytes();
	}

	@Override
	public void close() {
		process.close();
	}

}
