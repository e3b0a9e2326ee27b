package vn.vidan.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

import vn.vidan.bench.SystemUnderTest.Kind;
import vn.vidan.bench.SystemUnderTest.Options;

/**
 * S3 — the inbox at scale: {@code scale.inboxOpenTasks()} open tasks and {@code scale.inboxClosedCases()} closed
 * cases (full: 500,000 and 2,000,000) in each system's own tables, then the desk officer of Hòa Minh's inbox, one
 * client, one call after another:
 * <ul>
 * <li>Vidan, signed in as {@code thao.dtk}, as the browser asks: the unclaimed list ({@code GET /inbox?list=unclaimed},
 * the whole page with every tab's count), the landing page (my tasks), the tabs' htmx poll
 * ({@code GET /inbox/counts?…}), the top bar's search by an applicant's name ({@code GET /inbox?q=nguyen+van+a}) and
 * by a receipt number.
 * <li>Each peer, through its REST API as its task list asks: the tasks the officer's groups may take, newest first,
 * 50 ({@code candidateGroups=HOAMINH,HOAMINH.desk}, the same tasks Vidan's officer is offered), and its nearest search,
 * the same query by business key ({@code processInstanceBusinessKeyLike=%receipt number%}).
 * </ul>
 * A warm-up of up to {@value #WARM_UP} rounds (a fifth of the measured ones), then {@code scale.inboxQueries()}
 * measured calls of each, interleaved. Each system gets a schema of its own, dropped after it is measured, but
 * Operaton, which runs on the one stock Camunda was loaded and measured on.
 */
public final class InboxAtScale implements Scenario {

	static final int WARM_UP = 50;

	private static final Pattern ROW = Pattern.compile("<tr[^>]*\\bdata-row\\b");

	private static final Pattern COUNTS_POLL = Pattern.compile("hx-get=\"(/inbox/counts[^\"]*)\"");

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Override
	public String id() {
		return "S3";
	}

	@Override
	public void run(Context context) throws Exception {
		Scale scale = context.scale();
		MariaDb db = context.db();
		Report report = context.report();
		report.scenario("S3", "the inbox at scale: " + String.format("%,d", scale.inboxOpenTasks()) + " open tasks and "
				+ String.format("%,d", scale.inboxClosedCases()) + " closed cases; the desk officer of Hòa Minh's inbox, "
				+ "one client");
		long began = System.nanoTime();
		List<Kind> kinds = context.systems();
		List<String> failed = new ArrayList<>();
		boolean shared = kinds.contains(Kind.CAMUNDA) && kinds.contains(Kind.OPERATON);
		Map<Kind, SystemUnderTest> running = new LinkedHashMap<>();
		Map<Kind, Future<Loaded>> loads = new LinkedHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, kinds.size()));
		InboxStaging data = null;
		double staged = 0;
		try {
			// Vidan starts alone: its first start creates Camunda's schema in one transaction under its 30-s
			// transaction timeout, which a bulk load beside it can push past (seen on this 2-core machine).
			if (kinds.contains(Kind.VIDAN)) {
				startInto(context, Kind.VIDAN, false, running, failed);
			}
			// The others start (one after another) while the data is generated; Operaton, when it shares stock
			// Camunda's tables, only once Camunda has been measured and stopped.
			Future<?> others = pool.submit(() -> {
				for (Kind kind : kinds) {
					if (kind != Kind.VIDAN && !(shared && kind == Kind.OPERATON)) {
						startInto(context, kind, false, running, failed);
					}
				}
				return null;
			});
			long staging = System.nanoTime();
			data = InboxStaging.create(db, scale.inboxOpenTasks(), scale.inboxClosedCases(), 42);
			staged = seconds(staging);
			context.log(String.format("S3 staging: %,d open tasks, %,d closed cases over %,d units from %,d case "
					+ "templates in %.1f s; the officer may take %,d and holds %,d", data.open, data.closed, data.units,
					data.templates, staged, data.officerCandidates, data.officerOwn));
			others.get();
			// Every system's tables are loaded at once: each load is one MariaDB thread, so they share the cores.
			InboxStaging loading = data;
			List<Map.Entry<Kind, SystemUnderTest>> started;
			synchronized (running) {
				started = new ArrayList<>(running.entrySet());
			}
			for (Map.Entry<Kind, SystemUnderTest> system : started) {
				loads.put(system.getKey(), pool.submit(() -> load(context, system.getValue(), loading, false)));
			}
			for (Kind kind : kinds) {
				try {
					Loaded loaded;
					if (shared && kind == Kind.OPERATON) {
						startInto(context, kind, true, running, failed);
					}
					SystemUnderTest system = running.get(kind);
					if (system == null) {
						continue; // did not start: reported
					}
					loaded = shared && kind == Kind.OPERATON ? load(context, system, data, true) : loads.get(kind).get();
					measure(context, system, data, loaded);
				}
				catch (Exception | AssertionError e) {
					Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
					failed.add(kind.label + ": " + cause.getMessage());
					context.log("S3 " + kind.label + " failed: " + cause);
					cause.printStackTrace(System.out);
				}
				finally {
					SystemUnderTest system = running.remove(kind);
					if (system != null) {
						system.close();
					}
					if (!(shared && kind == Kind.CAMUNDA)) {
						db.execute("", "DROP DATABASE IF EXISTS " + schema(shared && kind == Kind.OPERATON
								? Kind.CAMUNDA : kind));
					}
				}
			}
		}
		finally {
			running.values().forEach(SystemUnderTest::close);
			pool.shutdownNow();
			for (Kind kind : kinds) {
				db.execute("", "DROP DATABASE IF EXISTS " + schema(kind));
			}
			InboxStaging.drop(db);
		}
		report.note("S3", String.format("Data: %,d open tasks over %,d communes and wards in %d provinces (Hòa Minh, "
				+ "of the demo province, holds %,d; 1 in %d belongs to a province department; 30%% claimed) and %,d "
				+ "closed cases, each task with one candidate group of its unit. The signed-in desk officer "
				+ "(`thao.dtk`, groups HOAMINH and HOAMINH.desk) may take %,d of them and holds %,d; the peers' "
				+ "candidate query asks for the same two groups, so it finds the same tasks. Generated once (people "
				+ "and addresses from a pool of %,d cases, everything else per task in SQL) in %.0f s and copied into "
				+ "each system's own tables, one INSERT … SELECT per table into the empty table (InnoDB's bulk load: "
				+ "the loading connection sets unique_checks=0 and foreign_key_checks=0 for itself), then ANALYZE. "
				+ "Vidan starts first, alone; the others start while the data is generated; then every system's tables are "
				+ "loaded at once (one MariaDB thread each, so a load's time is shared), and each system is measured in "
				+ "turn while the others sit idle. Operaton runs on stock Camunda's schema once Camunda has been measured "
				+ "and stopped (a fork of Camunda 7 on the same tables): one load serves both, and its engine adds its "
				+ "own rows (deployments, its models) at its start.", data.open,
				data.units, InboxStaging.PROVINCES, data.busy, InboxStaging.DEPARTMENT_SHARE, data.closed,
				data.officerCandidates, data.officerOwn, data.templates, staged));
		report.note("S3", "Vidan's inbox reads only its read model (inbox_task, inbox_candidate, inbox_search_token), "
				+ "so no Camunda rows are loaded for it; the peers get per open task a process instance "
				+ "(ACT_RU_EXECUTION, business key = case code), the task (ACT_RU_TASK) and its candidate group "
				+ "(ACT_RU_IDENTITYLINK), and per closed case ACT_HI_PROCINST and ACT_HI_TASKINST (open tasks' history "
				+ "rows are left out: no task query reads them). No system caches tasks, so none is restarted after "
				+ "the load.");
		report.note("S3", "Vidan's figures are whole pages as the browser loads them (HTML, every tab's count, the "
				+ "session's security); \"inbox search\" is the top bar's search for an applicant's name (\""
				+ InboxStaging.NAME_TERM + "\"). The peers have no search by name (only by process variable, which "
				+ "their task lists do not index): their \"inbox search\" and \"inbox search by code\" are one "
				+ "measurement, the candidate query with processInstanceBusinessKeyLike=%" + data.codeTerm
				+ "%; Vidan's \"inbox search by code\" searches the same receipt number.");
		report.note("S3", "Time: " + Math.round(seconds(began)) + " s for the whole scenario, every system's start "
				+ "included (its budget on 2 cores: 480 s at full scale, 60 s at smoke).");
		if (!failed.isEmpty()) {
			throw new IllegalStateException(String.join("; ", failed));
		}
	}

	private static String schema(Kind kind) {
		return "s3_" + kind.id;
	}

	/**
	 * Starts a system and keeps it in {@code running} (a failure goes to {@code failed}): on a fresh schema of its
	 * own, or ({@code onCamundas}, Operaton) on the schema stock Camunda 7.24 made and was loaded and measured on:
	 * Operaton is a fork of Camunda 7 with the same tables, so its engine runs on Camunda's as on its own, and the
	 * 2,500,000 rows are loaded once for both.
	 */
	private static void startInto(Context context, Kind kind, boolean onCamundas, Map<Kind, SystemUnderTest> running,
			List<String> failed) {
		Options options = onCamundas ? new Options(null, List.of(), List.of(), schema(Kind.CAMUNDA), false, null)
				: new Options(null, List.of(), List.of(), schema(kind), true, null);
		try {
			SystemUnderTest system = context.start(kind, options);
			synchronized (running) {
				running.put(kind, system);
			}
			context.log("S3 " + kind.label + " ready in " + system.startUp().toMillis() + " ms");
		}
		catch (RuntimeException e) {
			synchronized (failed) {
				failed.add(kind.label + " did not start: " + e.getMessage());
			}
			context.log("S3 " + kind.label + " did not start: " + e);
		}
	}

	/** What a load wrote, and how long it took (beside the other systems' loads). */
	private record Loaded(InboxTables tables, double seconds) {
	}

	/** Loads the data into a started system's tables (or, {@code counted}, counts the rows Camunda's load left). */
	private static Loaded load(Context context, SystemUnderTest system, InboxStaging data, boolean counted)
			throws Exception {
		long loading = System.nanoTime();
		InboxTables tables = counted ? InboxTables.count(context.db(), system.schema())
				: InboxTables.load(context.db(), system.kind(), system.schema(), data);
		double loaded = seconds(loading);
		long total = tables.rows.values().stream().mapToLong(Long::longValue).sum();
		context.log(String.format("S3 %s: %,d rows in %.1f s %s", system.label(), total, loaded, tables.times));
		return new Loaded(tables, loaded);
	}

	/** Measures a loaded system's inbox, with the other systems idle (loaded, or not started yet). */
	private void measure(Context context, SystemUnderTest system, InboxStaging data, Loaded load) throws Exception {
		MariaDb db = context.db();
		Report report = context.report();
		Kind kind = system.kind();
		InboxTables tables = load.tables();
		double loaded = load.seconds();
		Map<String, Long> rows = tables.rows;
		long total = rows.values().stream().mapToLong(Long::longValue).sum();

		Latencies latencies = new Latencies();
		Http http = system.client(latencies, InboxStaging.DESK_OFFICER);
		Map<String, Call> calls = kind == Kind.VIDAN ? vidan(system, http, data) : peer(system, http, data);
		Map<String, Integer> found = new LinkedHashMap<>();
		for (int round = 0; round < Math.min(WARM_UP, context.scale().inboxQueries() / 5); round++) {
			for (Map.Entry<String, Call> call : calls.entrySet()) {
				found.put(call.getKey(), call.getValue().run());
			}
		}
		// The officer's unclaimed list and the receipt number searched for hold tasks at every scale (their own tasks
		// and a name may be missing at smoke scale).
		for (String call : List.of("inbox page", kind == Kind.VIDAN ? "inbox search by code" : "inbox search")) {
			if (found.get(call) == 0) {
				throw new IllegalStateException(call + " found nothing");
			}
		}
		int queries = context.scale().inboxQueries();
		long appCpu = system.cpuMillis();
		long dbCpu = db.cpuMillis();
		long measuring = System.nanoTime();
		latencies.start();
		for (int round = 0; round < queries; round++) {
			for (Call call : calls.values()) {
				call.run();
			}
		}
		latencies.stop();
		double measured = seconds(measuring);
		appCpu = system.cpuMillis() - appCpu;
		dbCpu = db.cpuMillis() - dbCpu;
		long measuredCalls = (long) queries * calls.size();

		String label = kind.label;
		Map<String, Histogram> histograms = latencies.snapshot();
		for (String call : calls.keySet()) {
			for (int percentile : new int[] { 50, 95, 99 }) {
				report.add("S3", label, call + " p" + percentile,
						histograms.get(call).getValueAtPercentile(percentile) / 1000.0, "ms");
			}
		}
		if (kind != Kind.VIDAN) {
			for (int percentile : new int[] { 50, 95, 99 }) {
				report.add("S3", label, "inbox search by code p" + percentile,
						report.value("S3", label, "inbox search p" + percentile).orElse(Double.NaN), "ms");
			}
		}
		report.add("S3", label, "app + DB CPU per call (all calls)", (double) (appCpu + dbCpu) / measuredCalls, "ms");
		// Each call alone, 30 times: CPU (app and MariaDB, from /proc) and SQL statements (SHOW GLOBAL STATUS, less
		// its own) per call.
		int alone = Math.min(30, context.scale().inboxQueries() / 5);
		for (Map.Entry<String, Call> call : calls.entrySet()) {
			long before = db.status().get("Questions");
			long cpu = system.cpuMillis() + db.cpuMillis();
			for (int i = 0; i < alone; i++) {
				call.getValue().run();
			}
			cpu = system.cpuMillis() + db.cpuMillis() - cpu;
			report.add("S3", label, "statements per " + call.getKey(),
					(db.status().get("Questions") - before - 1) / (double) alone, "");
			report.add("S3", label, "app + DB CPU per " + call.getKey(), cpu / (double) alone, "ms");
		}
		if (kind == Kind.VIDAN) {
			report.note("S3", "Vidan's inbox page (the unclaimed list, 50 rows), its statements by kind (MariaDB's "
					+ "general log of one call): " + statementsOf(db, calls.get("inbox page")));
		}
		report.add("S3", label, "rows loaded", total, "");
		report.add("S3", label, "load time", loaded, "s");
		report.note("S3", String.format("%s: %,d rows loaded in %.0f s (%s; per table %s); %,d calls measured in %.0f "
				+ "s; rows each call showed: %s.", label, total, loaded, describe(rows), tables.times, measuredCalls,
				measured, found));
		context.log(String.format("S3 %s: inbox page p95 %s ms, search p95 %s ms, %s", label,
				Report.format(report.value("S3", label, "inbox page p95").orElse(Double.NaN)),
				Report.format(report.value("S3", label, "inbox search p95").orElse(Double.NaN)), found));
	}

	/**
	 * The statements one call sends, from MariaDB's general log, grouped by their text with literals blanked, most
	 * frequent first: {@code 50× SELECT … FROM x WHERE id = ?}.
	 */
	static String statementsOf(MariaDb db, Call call) {
		Map<String, Integer> kinds = new LinkedHashMap<>();
		try (java.sql.Connection connection = db.connect(""); java.sql.Statement sql = connection.createStatement()) {
			sql.execute("SET GLOBAL log_output = 'TABLE'");
			sql.execute("TRUNCATE TABLE mysql.general_log");
			sql.execute("SET GLOBAL general_log = 1");
			try {
				call.run();
			}
			finally {
				sql.execute("SET GLOBAL general_log = 0");
			}
			try (java.sql.ResultSet rows = sql.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM "
					+ "mysql.general_log WHERE command_type IN ('Query', 'Execute') AND thread_id <> CONNECTION_ID() "
					+ "ORDER BY event_time")) {
				while (rows.next()) {
					String text = rows.getString(1).replaceAll("'(?:[^'\\\\]|\\\\.)*'", "?")
						.replaceAll("\\b\\d+(\\.\\d+)?\\b", "?")
						.replaceAll("\\(\\?(, ?\\?)*\\)", "(?…)")
						.replaceAll("\\s+", " ")
						.trim();
					kinds.merge(text.length() > 140 ? text.substring(0, 140) + " …" : text, 1, Integer::sum);
				}
			}
			sql.execute("TRUNCATE TABLE mysql.general_log");
		}
		catch (java.sql.SQLException e) {
			return "(not captured: " + e.getMessage() + ")";
		}
		int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
		List<String> top = kinds.entrySet().stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.limit(8)
			.map(kind -> kind.getValue() + "× `" + kind.getKey().replace("`", "") + "`")
			.toList();
		return total + " statements; " + String.join("; ", top);
	}

	/** One measured request; answers how many tasks it showed. */
	@FunctionalInterface
	private interface Call {

		int run();

	}

	/** Vidan's inbox as the browser asks for it. */
	private Map<String, Call> vidan(SystemUnderTest system, Http http, InboxStaging data) {
		String unclaimed = "/inbox?list=unclaimed";
		String first = page(system, http, "inbox page", unclaimed);
		Matcher poll = COUNTS_POLL.matcher(first);
		Matcher csrf = CSRF.matcher(first);
		Matcher csrfHeader = CSRF_HEADER.matcher(first);
		if (!poll.find() || !csrf.find() || !csrfHeader.find()) {
			throw new IllegalStateException("The inbox page has no counts poll or CSRF token");
		}
		String countsUrl = poll.group(1).replace("&amp;", "&");
		String token = csrf.group(1);
		String tokenHeader = csrfHeader.group(1);
		Map<String, Call> calls = new LinkedHashMap<>();
		calls.put("inbox page", () -> rows(page(system, http, "inbox page", unclaimed)));
		calls.put("inbox landing (my tasks)", () -> rows(page(system, http, "inbox landing (my tasks)", "/inbox")));
		calls.put("inbox counts poll", () -> {
			// What htmx sends for hx-get on the tabs (with the token vidan.js adds to every htmx request).
			String tabs = http.send("inbox counts poll", HttpRequest.newBuilder(system.process().uri(countsUrl))
				.header("Accept", "text/html, */*")
				.header("HX-Request", "true")
				.header("HX-Current-URL", system.process().uri(unclaimed).toString())
				.header("HX-Target", "inbox-tabs")
				.header("HX-Trigger", "inbox-tabs")
				.header(tokenHeader, token)
				.GET()).expect("inbox counts poll", 200).body();
			return tabs.contains("inbox-tabs") ? 1 : 0;
		});
		calls.put("inbox search", () -> rows(page(system, http, "inbox search",
				"/inbox?q=" + Http.encode(InboxStaging.NAME_TERM))));
		calls.put("inbox search by code", () -> rows(page(system, http, "inbox search by code",
				"/inbox?q=" + Http.encode(data.codeTerm))));
		return calls;
	}

	private static String page(SystemUnderTest system, Http http, String call, String path) {
		return http.send(call, HttpRequest.newBuilder(system.process().uri(path)).header("Accept", HTML).GET())
			.expect(call, 200)
			.body();
	}

	private static int rows(String html) {
		Matcher row = ROW.matcher(html);
		int count = 0;
		while (row.find()) {
			count++;
		}
		return count;
	}

	/** A peer's task list: the officer's groups' tasks, newest first, and the same by business key. */
	private Map<String, Call> peer(SystemUnderTest system, Http http, InboxStaging data) {
		EngineApi api = system.api();
		String groups = String.join(",", InboxStaging.OFFICER_GROUPS);
		String like = Http.encode("%" + data.codeTerm + "%");
		Map<String, Call> calls = new LinkedHashMap<>();
		calls.put("inbox page", () -> api.candidateTasks(http, groups, 50));
		if (system.kind() == Kind.FLOWABLE) {
			calls.put("inbox search", () -> http.get("inbox search", "/process-api/runtime/tasks?candidateGroups="
					+ Http.encode(groups) + "&processInstanceBusinessKeyLike=" + like
					+ "&sort=createTime&order=desc&start=0&size=50").expect("inbox search", 200).json().get("data").size());
		}
		else {
			calls.put("inbox search", () -> http.get("inbox search", "/engine-rest/task?candidateGroups="
					+ Http.encode(groups) + "&processInstanceBusinessKeyLike=" + like
					+ "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=50").expect("inbox search", 200).json()
				.size());
		}
		return calls;
	}

	private static String describe(Map<String, Long> rows) {
		List<String> parts = new ArrayList<>();
		rows.forEach((table, count) -> parts.add(table + " " + String.format("%,d", count)));
		return String.join(", ", parts);
	}

	private static double seconds(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
	}

}
