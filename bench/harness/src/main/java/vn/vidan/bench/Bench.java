package vn.vidan.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.vidan.bench.SystemUnderTest.Kind;

/**
 * The benchmark: Vidan and the engines users would pick instead (stock Camunda 7.24, Operaton, Flowable), side by side
 * on one MariaDB in one run. {@code bench/run [--scale full|smoke] [--systems vidan,camunda,...] [--only S2,S3,...]}
 * writes {@code target/bench/report.md}, {@code report.csv} and {@code chart.png}.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		Scale scale = Scale.of(options.getOrDefault("scale", "full"));
		Path repository = Path.of(options.getOrDefault("repository", ".")).toAbsolutePath().normalize();
		Path out = repository.resolve(options.getOrDefault("out", "target/bench"));
		List<Kind> systems = Arrays.stream(options.getOrDefault("systems", "vidan,camunda,operaton,flowable").split(","))
			.map(String::trim).map(Kind::of).toList();
		List<String> only = Arrays.stream(options.getOrDefault("only", "S1,S2,V2,S3,S4,S5").split(","))
			.map(String::trim).map(String::toUpperCase).toList();
		Instant began = Instant.now();
		Report report = new Report();
		int failures = 0;
		try (MariaDb db = MariaDb.start(out.resolve("db"), scale.name().equals("full") ? "2G" : "512M")) {
			Context context = new Context(db, report, scale, repository, out.resolve("logs"), systems, Set.copyOf(only));
			context.log("MariaDB " + version(db) + " on port " + db.url("") + "; scale " + scale.name());
			double ceiling = WriteCeiling.measure(db, scale.clients(), scale.s1Measure());
			report.add("DB", "MariaDB", "write ceiling (one-row transactions, " + scale.clients() + " clients)", ceiling,
					"commits/s");
			context.log("write ceiling: " + Report.format(ceiling) + " commits/s");
			for (Scenario scenario : scenarios()) {
				if (Arrays.stream(scenario.id().split(",")).map(String::trim).noneMatch(only::contains)) {
					continue;
				}
				context.log("— " + scenario.id());
				try {
					scenario.run(context);
				}
				catch (Exception | AssertionError e) {
					failures++;
					context.log(scenario.id() + " failed: " + e);
					e.printStackTrace(System.out);
					report.note(scenario.id(), "FAILED: " + e.getMessage());
				}
				report.write(out); // what is measured so far survives a later failure
			}
			shares(report, ceiling);
			goals(report);
			header(report, scale, db, began);
			report.write(out);
		}
		System.out.println("[bench] report: " + out.resolve("report.md") + " (" + report.figures().size() + " figures, "
				+ failures + " scenarios failed) in " + Duration.between(began, Instant.now()).toSeconds() + " s");
		System.exit(failures == 0 ? 0 : 1);
	}

	/** Every scenario, in the order they run. */
	static List<Scenario> scenarios() {
		return List.of(new EngineLoad(), new InboxAtScale());
	}

	/** Each closed-loop run's explicit COMMITs per second as a share of the database's write ceiling. */
	static void shares(Report report, double ceiling) {
		for (String scenario : List.of("S2", "V2")) {
			for (Report.Figure figure : report.figures()) {
				if (figure.scenario().equals(scenario) && figure.metric().equals("transactions (COMMITs) per lifecycle")) {
					double perSecond = figure.value()
							* report.value(scenario, figure.system(), "lifecycles/s").orElse(Double.NaN);
					report.add(scenario, figure.system(), "share of the DB write ceiling", 100 * perSecond / ceiling, "%");
				}
			}
		}
	}

	/** The goals, as ratios to stock Camunda measured in the same run. */
	static void goals(Report report) {
		String vidan = Kind.VIDAN.label;
		String stock = Kind.CAMUNDA.label;
		Optional<Double> stockS2 = report.value("S2", stock, "user tasks/s");
		Optional<Double> vidanS2 = report.value("S2", vidan, "user tasks/s");
		Optional<Double> vidanV2 = report.value("V2", vidan, "user tasks/s");
		if (stockS2.isPresent() && vidanV2.isPresent()) {
			double ratio = vidanV2.get() / stockS2.get();
			report.goal(String.format("V2: Vidan's real lifecycle completes %s user tasks/s, stock Camunda's S2 %s: "
					+ "%s× (goal ≥ 2×) — %s", Report.format(vidanV2.get()), Report.format(stockS2.get()),
					Report.format(ratio), ratio >= 2 ? "met" : "not met"));
		}
		if (stockS2.isPresent() && vidanS2.isPresent()) {
			double ratio = vidanS2.get() / stockS2.get();
			report.goal(String.format("S2: Vidan's engine configuration %s user tasks/s, stock %s: %s× (goal ≥ 2.7×) — %s",
					Report.format(vidanS2.get()), Report.format(stockS2.get()), Report.format(ratio),
					ratio >= 2.7 ? "met" : "not met"));
		}
		report.value("S3", vidan, "inbox page p95").ifPresent(p95 -> report.goal(String.format(
				"S3: Vidan's inbox p95 %s ms (goal ≤ 10 ms) — %s", Report.format(p95), p95 <= 10 ? "met" : "not met")));
		report.value("S3", vidan, "inbox search p95").ifPresent(p95 -> report.goal(String.format(
				"S3: Vidan's inbox search p95 %s ms (goal ≤ 30 ms) — %s", Report.format(p95),
				p95 <= 30 ? "met" : "not met")));
		for (String system : List.of(vidan + " (1 node)", vidan + " (2 nodes)")) {
			report.value("S4", system, "jobs/s").ifPresent(rate -> {
				double duplicates = report.value("S4", system, "duplicate executions").orElse(Double.NaN);
				report.goal(String.format("S4: %s drains %s jobs/s with %s duplicates (goal ≥ 500 jobs/s, 0) — %s",
						system, Report.format(rate), Report.format(duplicates),
						rate >= 500 && duplicates == 0 ? "met" : "not met"));
			});
		}
		report.value("S5", vidan, "time to ready").ifPresent(ready -> {
			double rss = report.value("S5", vidan, "RSS after start").orElse(Double.NaN);
			report.goal(String.format("S5: Vidan ready in %s s with RSS %s MB (goal ≤ 15 s, ≤ 1024 MB) — %s",
					Report.format(ready), Report.format(rss), ready <= 15 && rss <= 1024 ? "met" : "not met"));
		});
	}

	static void header(Report report, Scale scale, MariaDb db, Instant began) {
		report.header("- Run: " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(began.atOffset(ZoneOffset.UTC)) + " UTC, "
				+ Duration.between(began, Instant.now()).toSeconds() + " s, scale `" + scale.name() + "` ("
				+ scale.clients() + " clients; S2: warm-up " + scale.warmUp().toSeconds() + " s, measured "
				+ scale.measure().toSeconds() + " s).");
		report.header("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ ManagementFactory.getOperatingSystemMXBean().getName() + ", Java "
				+ System.getProperty("java.version") + "; every system in its own JVM with " + JvmProcess.JVM_OPTIONS
				+ ", the load generator in another; MariaDB " + version(db)
				+ " on loopback, innodb_flush_log_at_trx_commit=1, a fresh schema per system.");
		report.header("- Vidan starts as its container image does (infra/deploy/Dockerfile): its jar extracted and a "
				+ "class data sharing (CDS) archive, which the run's first Vidan JVM writes at its exit and every later "
				+ "one maps (S1, S2 and V2's JVM starts without it). The peers start as `java -jar`, as their guides "
				+ "leave them (CDS works for any Spring Boot app; none of their guides sets it up).");
		report.header("- CPU is user + system time from /proc of the app's JVM, of mariadbd and of the load "
				+ "generator, read at the edges of the measured window. Statements, commits and row writes are "
				+ "deltas of SHOW GLOBAL STATUS (Questions, Handler_commit, Com_commit, Handler_write/update/delete, Innodb_data_fsyncs).");
		report.header("- Clients sign in the way real ones do: a session from Vidan's sign-in form (never HTTP Basic "
				+ "per call); the peers' REST is open, as their getting-started guides leave it.");
	}

	static String version(MariaDb db) {
		try (Connection connection = db.connect(""); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT VERSION()")) {
			row.next();
			return row.getString(1);
		}
		catch (Exception e) {
			return "?";
		}
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> list = new ArrayList<>(List.of(args));
		for (int i = 0; i < list.size(); i++) {
			String arg = list.get(i);
			if (arg.equals("--smoke")) {
				options.put("scale", "smoke");
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if (arg.startsWith("--") && i + 1 < list.size()) {
				options.put(arg.substring(2), list.get(++i));
			}
			else {
				throw new IllegalArgumentException("Unknown argument " + arg
						+ " (use --scale full|smoke, --systems vidan,camunda,operaton,flowable, --only S1,S2,V2,S3,S4,S5)");
			}
		}
		return options;
	}


}
