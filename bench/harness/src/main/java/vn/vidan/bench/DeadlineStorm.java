package vn.vidan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import vn.vidan.bench.SystemUnderTest.Kind;
import vn.vidan.bench.SystemUnderTest.Options;

/**
 * S4 and S5 on each system:
 * <ul>
 * <li>S5 history cost: closed S2 lifecycles (and V2 dossiers on Vidan) on a fresh schema, and the bytes the history
 * tables (on Vidan's V2: every table) grew by per closed case.
 * <li>Open cases: {@code benchS4} instances waiting at {@code waitForDeadline} with a non-interrupting deadline timer
 * far in the future, a few started through REST, the rest copied in SQL ({@link OpenCases}), checked through REST.
 * <li>S5 start-up and memory: the system stopped and started again on that schema: time to ready and RSS.
 * <li>S4 deadline storm: every timer made due at once (one SQL update of their due date to now), then the drain until
 * every case has its {@code escalate} task: jobs per second, worst lateness, duplicates, optimistic-locking failures.
 * Vidan a second time with two nodes on one database.
 * </ul>
 */
final class DeadlineStorm {

	/** The far-future deadline every seeded timer has until the storm (Flowable's TIMESTAMP columns end in 2038). */
	static final String FAR_FUTURE = "2037-12-31T00:00:00";

	/**
	 * Job executor settings to try on Vidan in one more one-node storm, as {@code name=value,…} of
	 * {@code camunda.bpm.job-execution} (system property {@code vidan.bench.s4.job-execution}); none by default.
	 */
	static final String TRY_JOB_EXECUTION = System.getProperty("vidan.bench.s4.job-execution", "");

	/** Instances started through REST and copied in SQL (the open-case counts are multiples of it). */
	static final int TEMPLATES = 10;

	/** A system property that runs the peers' two-node storms at any scale (the full run always does). */
	static final String PEERS_ON_TWO_NODES = "vidan.bench.s4.peers-on-two-nodes";

	/** How long the storm waits for its first escalation beyond {@code stormLimit} (engines back off when idle). */
	static final Duration FIRST_WITHIN = Duration.ofSeconds(60);

	/** Clients closing S5's lifecycles. */
	static final int HISTORY_CLIENTS = 4;

	/** Declares S4 and S5 in the report (before any of their figures). */
	static void declare(Context context) {
		Report report = context.report();
		Scale scale = context.scale();
		report.scenario("S4", "deadline storm: " + scale.stormTimers() + " non-interrupting deadline timers fall due at "
				+ "once, each makes an escalation task");
		report.scenario("S5", "start-up and memory with " + scale.openCases() + " open cases; history bytes per "
				+ "closed case");
	}

	/** How S4 and S5 were measured, in the report. */
	static void describe(Context context) {
		Report report = context.report();
		Scale scale = context.scale();
		report.note("S5", "History bytes: `ACT_HI_%` data and index bytes (InnoDB, after ANALYZE TABLE) after "
				+ scale.historyCases() + " closed S2 lifecycles (" + HISTORY_CLIENTS + " clients) minus before, per "
				+ "lifecycle; for Vidan's V2, every table of its schema (engine history and runtime, dossiers, audit, "
				+ "inbox) after " + scale.historyDossiers() + " dossiers worked to hand-over. InnoDB allocates "
				+ "16 KB pages, so small runs round.");
		report.note("S5", "Start-up: the system stopped (SIGTERM) and started again on the same schema with "
				+ (scale.openCases() - 1) + " open `benchS4` cases; time from `java -jar` to the readiness URL "
				+ "answering 200; the JVM's CPU time (user + system) until then, which other work on the cores "
				+ "stretches far less than wall time; RSS (VmRSS) of the JVM right then"
				+ ", and again after S4's storm on it.");
		report.note("S4", "Open cases: " + TEMPLATES + " `benchS4` instances started through each engine's REST "
				+ "(on Vidan as the desk officer, so its listeners fill its inbox read model), then every row those "
				+ "starts made (engine runtime and history tables, byte arrays, authorizations, Vidan's inbox rows) "
				+ "copied in SQL with MariaDB's SEQUENCE engine, each shared id suffixed `-<n>`. Checked through REST: "
				+ "the count of open `waitForDeadline` tasks is the seeded number, and one copied task is claimed and "
				+ "completed (that case ends, so one timer fewer falls due).");
		report.note("S4", "The storm: one SQL UPDATE sets every `benchS4` timer job's due date to now (Camunda, "
				+ "Operaton, Vidan: `ACT_RU_JOB`; Flowable: `ACT_RU_TIMER_JOB`) on an idle system, so the first "
				+ "acquisition waits out the job executor's idle back-off as a real deadline would. jobs/s = timers "
				+ "executed / seconds from the update to the last escalation task; the drain is cut "
				+ scale.stormLimit().toSeconds() + " s after the first escalation (the rate is steady by then; "
				+ "\"projected time to drain\" extends it to every timer), or " + (scale.stormLimit().toSeconds()
						+ FIRST_WITHIN.toSeconds()) + " s after the update if none comes; worst lateness = latest escalation task's create time − "
				+ "due time; duplicates = escalation tasks beyond one per case. Optimistic-locking failures: lines "
				+ "naming an OptimisticLockingException in the nodes' logs during the storm (Camunda, Operaton and "
				+ "Vidan log each failed job execution at WARN; Flowable logs them at DEBUG, so its figure may miss "
				+ "some); acquisition conflicts are the engine's own metric `job-acquired-failure` "
				+ "(`ACT_RU_METER_LOG`, flushed at shutdown; Camunda family only).");
		report.note("S4", "Each system runs its job executor at its default settings (Vidan: "
				+ "`camunda.bpm.job-execution` in application.yml). Two nodes are two app processes on one schema, "
				+ "both up when the timers fall due" + (scale.peerStormsOnTwoNodes() ? "" : " (at this scale Vidan "
						+ "only; the full run does every system)") + ". Their storm falls on the same open cases as the one-node "
				+ "storm: the timers that storm left (pushed back to the far future and unlocked while no node runs), "
				+ "due at once again on the two freshly started nodes; each storm's figures count only the escalations "
				+ "made since its own due time, and duplicates count over both. Flowable moves each due timer it acquires "
				+ "into its executable-job table (ACT_RU_JOB), so the timers its first storm left cannot be made due "
				+ "again in place: its two-node storm runs on a second seeding of open cases on a fresh schema.");
	}

	/**
	 * One system, on the JVM {@code first} that S1 and S2 ran on (or a fresh one): S5's history cost; its open cases
	 * seeded once; S5 (a restart on them), then the storm on that one node; on Vidan (and with {@link
	 * #TRY_JOB_EXECUTION}) then a second storm on the timers the first left, with two nodes (or one node so
	 * configured) started on the same schema. Stops every JVM and drops the schema.
	 */
	static void round(Context context, SystemUnderTest first) throws Exception {
		Scale scale = context.scale();
		MariaDb db = context.db();
		Kind kind = first.kind();
		String schema = first.schema();
		String label = kind.label + " (1 node)";
		List<String> tried = TRY_JOB_EXECUTION.isBlank() ? List.of() : List.of(TRY_JOB_EXECUTION.split(","));
		List<SystemUnderTest> running = new ArrayList<>(List.of(first));
		try {
			if (kind == Kind.VIDAN) {
				EngineLoad.deployToVidan(first, context.repository()); // unchanged models deploy nothing
				EngineLoad.grantStartToDesk(first);
			}
			historyCost(context, first, schema);
			OpenCases.Seeded seeded = seed(context, first, schema, scale.openCases(), label);
			first.close();
			running.remove(first);
			SystemUnderTest restarted = context.start(kind, Options.defaults().existingSchema(schema)
				.named(kind.id + "-restart"));
			running.add(restarted);
			Report report = context.report();
			report.add("S5", kind.label, "time to ready", restarted.startUp().toMillis() / 1000.0, "s");
			// CPU to ready says what a start costs when the machine is shared (wall time then mostly waits).
			report.add("S5", kind.label, "app CPU to ready", restarted.cpuMillis() / 1000.0, "s");
			report.add("S5", kind.label, "RSS after start", restarted.rssBytes() / 1048576.0, "MB");
			report.add("S5", kind.label, "open cases at start", seeded.cases() - 1, "");
			context.log("S5 " + kind.label + ": ready in " + restarted.startUp().toMillis() + " ms with "
					+ (seeded.cases() - 1) + " open cases, RSS " + restarted.rssBytes() / 1048576 + " MB");
			storm(context, kind, label, schema, running, restarted);
			running.clear();
			if (kind == Kind.FLOWABLE && (scale.peerStormsOnTwoNodes() || Boolean.getBoolean(PEERS_ON_TWO_NODES))) {
				// Flowable moves each due timer it acquires into its executable-job table, so the timers a storm left
				// cannot be made due again in place: its two-node storm gets open cases of its own.
				db.freshSchema(schema);
				try (SystemUnderTest seeder = context.start(kind, Options.defaults().existingSchema(schema)
					.named(kind.id + "-reseed"))) {
					seed(context, seeder, schema, scale.openCases(), kind.label + " (2 nodes)");
				}
				again(context, kind, kind.label + " (2 nodes)", schema, Options.defaults().existingSchema(schema),
						List.of(kind.id + "-node1", kind.id + "-node2"));
			}
			else if (kind == Kind.VIDAN || scale.peerStormsOnTwoNodes() || Boolean.getBoolean(PEERS_ON_TWO_NODES)) {
				again(context, kind, kind.label + " (2 nodes)", schema, Options.defaults().existingSchema(schema),
						List.of(kind.id + "-node1", kind.id + "-node2"));
			}
			if (kind == Kind.VIDAN) {
				if (!tried.isEmpty()) {
					Options options = Options.defaults().existingSchema(schema);
					for (String setting : tried) {
						options = options.args("--camunda.bpm.job-execution." + setting.trim());
					}
					again(context, kind, kind.label + " (1 node, job-execution " + String.join(", ", tried) + ")",
							schema, options, List.of(kind.id + "-tried"));
				}
			}
		}
		finally {
			running.forEach(SystemUnderTest::close);
			db.execute("", "DROP DATABASE IF EXISTS " + schema); // 100,000 cases need not fill the buffer pool later
		}
	}

	/**
	 * Another storm on the same open cases: the timers the last storm left are pushed back to the far future and
	 * unlocked, {@code names} nodes start on the schema (together), then every one falls due at once again.
	 */
	private static void again(Context context, Kind kind, String label, String schema, Options options, List<String> names)
			throws Exception {
		Tables tables = Tables.of(kind);
		try (Connection connection = context.db().connect(schema); PreparedStatement rearm = connection.prepareStatement(
				"UPDATE " + tables.timers() + " SET DUEDATE_ = ?, LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL WHERE "
						+ tables.timerFilter())) {
			rearm.setTimestamp(1, Timestamp.valueOf(FAR_FUTURE.replace('T', ' ')));
			context.log(label + ": " + rearm.executeUpdate() + " timers left by the last storm pushed back");
		}
		List<Future<SystemUnderTest>> starting = new ArrayList<>();
		ExecutorService starter = Executors.newFixedThreadPool(names.size());
		List<SystemUnderTest> running = new ArrayList<>();
		try {
			for (String name : names) {
				starting.add(starter.submit(() -> context.start(kind, options.named(name))));
			}
			for (Future<SystemUnderTest> node : starting) {
				running.add(node.get());
			}
			context.log(label + ": " + names.size() + " node(s) ready in " + running.stream()
				.map(node -> node.startUp().toMillis() + " ms").toList());
			storm(context, kind, label, schema, running, null);
			running.clear();
		}
		finally {
			for (Future<SystemUnderTest> node : starting) {
				if (node.isDone() && !node.isCancelled()) {
					try {
						node.get().close();
					}
					catch (Exception failedToStart) {
						// nothing to stop
					}
				}
			}
			starter.shutdownNow();
		}
	}

	/** S5's history cost: bytes the history tables grow by per closed S2 lifecycle (and V2 dossier on Vidan). */
	private static void historyCost(Context context, SystemUnderTest system, String schema) throws Exception {
		Scale scale = context.scale();
		MariaDb db = context.db();
		EngineApi api = system.api();
		boolean vidan = system.kind() == Kind.VIDAN;
		Latencies latencies = new Latencies();
		long before = db.tableBytes(schema, "ACT\\_HI\\_%");
		long began = System.nanoTime();
		closeLifecycles(scale.historyCases(), () -> {
			Http http = system.client(latencies, EngineLoad.DESK);
			return () -> EngineLoad.s2Lifecycle(api, http, vidan);
		});
		long after = db.tableBytes(schema, "ACT\\_HI\\_%");
		double perCase = (after - before) / (double) scale.historyCases();
		context.report().add("S5", system.label(), "history bytes per closed case (S2)", perCase, "B");
		context.log("S5 " + system.label() + ": " + scale.historyCases() + " S2 lifecycles in "
				+ Report.format((System.nanoTime() - began) / 1e9) + " s, " + Report.format(perCase)
				+ " history bytes each");
		if (vidan) {
			long allBefore = db.tableBytes(schema, "%");
			long v2Began = System.nanoTime();
			closeLifecycles(scale.historyDossiers(), () -> {
				Http desk = system.client(latencies, EngineLoad.DESK);
				Http chief = system.client(latencies, EngineLoad.CHIEF);
				return () -> EngineLoad.v2Lifecycle(desk, chief);
			});
			double perDossier = (db.tableBytes(schema, "%") - allBefore) / (double) scale.historyDossiers();
			context.report().add("S5", system.label(), "bytes per closed dossier (V2, all tables)", perDossier, "B");
			context.log("S5 Vidan: " + scale.historyDossiers() + " V2 dossiers in "
					+ Report.format((System.nanoTime() - v2Began) / 1e9) + " s, " + Report.format(perDossier)
					+ " bytes each in all tables");
		}
	}

	/** Runs {@code count} lifecycles on {@link #HISTORY_CLIENTS} clients, each made by {@code clients}. */
	private static void closeLifecycles(int count, Supplier<ClosedLoop.Client> clients) throws Exception {
		AtomicInteger left = new AtomicInteger(count);
		ExecutorService pool = Executors.newFixedThreadPool(HISTORY_CLIENTS);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < HISTORY_CLIENTS; i++) {
				ClosedLoop.Client client = clients.get();
				running.add(pool.submit(() -> {
					while (left.getAndDecrement() > 0) {
						client.lifecycle();
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * {@code cases} open {@code benchS4} cases: {@link #TEMPLATES} started through REST, copied in SQL; checked through
	 * REST (the count of open {@code waitForDeadline} tasks; one copied task claimed and completed).
	 */
	private static OpenCases.Seeded seed(Context context, SystemUnderTest system, String schema, int cases, String label)
			throws Exception {
		boolean vidan = system.kind() == Kind.VIDAN;
		EngineApi api = system.api();
		Http http = system.client(new Latencies(), EngineLoad.DESK);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("stormAt", FAR_FUTURE);
		if (vidan) {
			variables.put("unitCode", EngineLoad.UNIT);
		}
		long began = System.nanoTime();
		OpenCases copier = new OpenCases(context.db(), schema);
		List<String> instances = new ArrayList<>();
		for (int i = 0; i < TEMPLATES; i++) {
			EngineApi.Started started = api.start(http, "benchS4", variables);
			EngineLoad.only(api.tasks(http, started.id()), "waitForDeadline");
			instances.add(started.id());
		}
		OpenCases.Seeded seeded = copier.copy(instances, cases);
		// On Vidan the count is asked as the administrator: Camunda adds no authorization join to an admin's query,
		// and the desk officer's (one join per task on ACT_RU_AUTHORIZATION) outlasts Vidan's 30 s statement budget
		// at 100,000 tasks; officers count through Vidan's inbox read model instead.
		Http counter = vidan ? new Http(system.process()::uri, new Latencies()).signIn("admin", "admin") : http;
		long open = api.countTasks(counter, "waitForDeadline");
		if (open != cases) {
			throw new IllegalStateException(system.label() + " counts " + open + " open waitForDeadline tasks, not "
					+ cases + " after the copy");
		}
		String copied = seeded.templateTaskIds().get(0) + "-1";
		api.claim(http, copied, vidan ? EngineLoad.DESK : EngineLoad.PEER_USER);
		api.complete(http, copied, Map.of());
		long after = api.countTasks(counter, "waitForDeadline");
		if (after != cases - 1) {
			throw new IllegalStateException("Completing copied task " + copied + " left " + after + " open, not "
					+ (cases - 1));
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		context.log(label + ": " + cases + " open cases in " + Report.format(seconds) + " s ("
				+ seeded.rowsPerCaseTotal() + " rows per case: " + seeded.rowsPerCase() + "); REST counts " + open
				+ ", completed copied task " + copied);
		context.report().add("S4", label, "rows per open case (seeded)", seeded.rowsPerCaseTotal(), "");
		context.report().add("S4", label, "seconds to seed the open cases", seconds, "s");
		return seeded;
	}

	/** Where a system keeps the storm's timers and tasks. */
	private record Tables(String timers, String timerFilter) {

		static Tables of(Kind kind) {
			return kind == Kind.FLOWABLE ? new Tables("ACT_RU_TIMER_JOB", "PROC_DEF_ID_ LIKE 'benchS4:%'")
					: new Tables("ACT_RU_JOB", "TYPE_ = 'timer' AND PROCESS_DEF_KEY_ = 'benchS4'");
		}

	}

	/**
	 * S4: every timer due now, then the drain, until every timer has made its escalation task, or {@code stormLimit}
	 * after the first one (the drain rate is steady by then), or {@code stormLimit} plus {@link #FIRST_WITHIN} when none
	 * comes. Stops the nodes at the end (their engines flush their metrics). With {@code s5} the RSS of that node after
	 * the storm goes into S5.
	 */
	private static void storm(Context context, Kind kind, String label, String schema, List<SystemUnderTest> nodes,
			SystemUnderTest s5) throws Exception {
		Scale scale = context.scale();
		Report report = context.report();
		MariaDb db = context.db();
		Tables tables = Tables.of(kind);
		Timestamp stormBegan = new Timestamp(System.currentTimeMillis() / 1000 * 1000);
		List<Long> logOffsets = new ArrayList<>();
		for (SystemUnderTest node : nodes) {
			logOffsets.add(Files.size(node.process().log()));
		}
		try (Connection connection = db.connect(schema); Statement statement = connection.createStatement()) {
			long timers;
			long appCpu = nodes.stream().mapToLong(SystemUnderTest::cpuMillis).sum();
			long dbCpu = db.cpuMillis();
			Timestamp due = new Timestamp(System.currentTimeMillis() / 1000 * 1000);
			long began = System.nanoTime();
			try (PreparedStatement update = connection.prepareStatement(
					"UPDATE " + tables.timers() + " SET DUEDATE_ = ? WHERE " + tables.timerFilter() + " ORDER BY ID_ LIMIT "
							+ scale.stormTimers())) {
				update.setTimestamp(1, due);
				timers = update.executeUpdate();
				context.log("S4 " + label + ": " + timers + " timers due at " + due);
			}
			long limit = scale.stormLimit().toNanos();
			long deadline = began + limit + FIRST_WITHIN.toNanos();
			Escalations seen = Escalations.read(statement, due);
			while (seen.count() < timers && System.nanoTime() < deadline) {
				MariaDb.sleep(Duration.ofSeconds(1));
				Escalations before = seen;
				seen = Escalations.read(statement, due);
				if (before.count() == 0 && seen.count() > 0) {
					deadline = Math.min(deadline, System.nanoTime() + limit);
				}
			}
			double waited = (System.nanoTime() - began) / 1e9;
			long appCpuUsed = nodes.stream().mapToLong(SystemUnderTest::cpuMillis).sum() - appCpu;
			long dbCpuUsed = db.cpuMillis() - dbCpu;
			boolean drained = seen.count() >= timers;
			double seconds = drained && seen.last() != null
					? Math.max((seen.last().getTime() - due.getTime()) / 1000.0, 1) : waited;
			long left = single(statement, "SELECT COUNT(*) FROM " + tables.timers() + " WHERE " + tables.timerFilter()
					+ " AND DUEDATE_ <= '" + SECONDS.format(due.toLocalDateTime()) + "'");
			if (kind == Kind.FLOWABLE) {
				// Flowable moves a due timer it acquires into its executable-job table, where it waits its turn.
				left += single(statement, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROC_DEF_ID_ LIKE 'benchS4:%'");
			}
			report.add("S4", label, "timers", timers, "");
			report.add("S4", label, "jobs/s", seen.cases() / seconds, "1/s");
			// Cut at the limit, the latest escalation so far is a floor: the timers left are later still.
			report.add("S4", label, drained ? "worst lateness" : "worst lateness (cut at the limit: at least)",
					seen.last() == null ? Double.NaN : (seen.last().getTime() - due.getTime()) / 1000.0, "s");
			report.add("S4", label, "first escalation after",
					seen.first() == null ? Double.NaN : (seen.first().getTime() - due.getTime()) / 1000.0, "s");
			if (seen.first() != null && seen.last() != null && seen.last().after(seen.first())) {
				double steady = (seen.cases() - 1) / ((seen.last().getTime() - seen.first().getTime()) / 1000.0);
				report.add("S4", label, "jobs/s from first to last escalation", steady, "1/s");
				if (!drained) {
					report.add("S4", label, "projected time to drain every timer at that rate",
							(seen.first().getTime() - due.getTime()) / 1000.0 + timers / steady, "s");
				}
			}
			// Duplicates over every escalation of the schema: a case escalated by an earlier storm and again by this one
			// counts too.
			Escalations all = Escalations.read(statement, new Timestamp(0));
			report.add("S4", label, "duplicate executions", all.count() - all.cases(), "");
			report.add("S4", label, "drained", seen.cases(), "");
			report.add("S4", label, "left", left, "");
			double cpuPerJob = seen.cases() == 0 ? Double.NaN : (appCpuUsed + dbCpuUsed) / (double) seen.cases();
			report.add("S4", label, "app+DB CPU per job", cpuPerJob, "ms");
			// What the cores could drain if the job executor kept them busy: the goal's 500 jobs/s on 2 cores needs
			// no more than 4 ms of CPU per job.
			report.add("S4", label, "jobs/s the cores allow at that CPU per job",
					Runtime.getRuntime().availableProcessors() * 1000 / cpuPerJob, "1/s");
			context.log("S4 " + label + ": " + seen.cases() + " of " + timers + " escalated in "
					+ Report.format(seconds) + " s (" + Report.format(seen.cases() / seconds) + " jobs/s), "
					+ (all.count() - all.cases()) + " duplicates, " + left + " timers left");
		}
		if (s5 != null) {
			context.report().add("S5", kind.label, "RSS after the storm", s5.rssBytes() / 1048576.0, "MB");
		}
		// Stopping flushes the engines' metrics; then the logs and the metrics say what conflicted.
		long stopping = System.nanoTime();
		closeTogether(nodes);
		// A node asked to stop (SIGTERM) in the middle of a backlog: how long until its JVM is gone (killed at 30 s).
		report.add("S4", label, "seconds to stop (SIGTERM) with jobs still due", (System.nanoTime() - stopping) / 1e9,
				"s");
		long conflicts = 0;
		for (int i = 0; i < nodes.size(); i++) {
			conflicts += optimisticLockingLines(nodes.get(i).process().log(), logOffsets.get(i));
		}
		report.add("S4", label, "optimistic-locking failures", conflicts, "");
		if (kind != Kind.FLOWABLE) {
			try (Connection connection = db.connect(schema); PreparedStatement metric = connection.prepareStatement(
					"SELECT COALESCE(SUM(VALUE_), 0) FROM ACT_RU_METER_LOG WHERE NAME_ = ? AND TIMESTAMP_ >= ?")) {
				metric.setString(1, "job-acquired-failure");
				metric.setTimestamp(2, stormBegan);
				try (ResultSet row = metric.executeQuery()) {
					row.next();
					report.add("S4", label, "acquisition conflicts (job-acquired-failure)", row.getLong(1), "");
				}
			}
		}
	}

	private static final java.time.format.DateTimeFormatter SECONDS = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Stops the nodes at once (each may take up to its stop timeout). */
	private static void closeTogether(List<SystemUnderTest> nodes) {
		List<Thread> stopping = nodes.stream().map(node -> new Thread(node::close, "stop")).toList();
		stopping.forEach(Thread::start);
		for (Thread thread : stopping) {
			try {
				thread.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The escalation tasks so far: how many, for how many cases, the first and last made. */
	private record Escalations(long count, long cases, Timestamp first, Timestamp last) {

		/** Those made since {@code since} (an earlier storm's are older than this one's due time). */
		static Escalations read(Statement statement, Timestamp since) throws SQLException {
			try (ResultSet row = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT PROC_INST_ID_), "
					+ "MIN(CREATE_TIME_), MAX(CREATE_TIME_) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'escalate' AND "
					+ "CREATE_TIME_ >= '" + SECONDS.format(since.toLocalDateTime()) + "'")) {
				row.next();
				return new Escalations(row.getLong(1), row.getLong(2), row.getTimestamp(3), row.getTimestamp(4));
			}
		}

	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	/** Lines of a log after {@code offset} that name an optimistic-locking exception. */
	static long optimisticLockingLines(Path log, long offset) {
		try {
			byte[] all = Files.readAllBytes(log);
			String tail = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
					StandardCharsets.UTF_8);
			return tail.lines().filter(line -> line.contains("OptimisticLockingException")
					&& !line.startsWith("\t") && !line.startsWith("Caused by")).count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
