package vn.vidan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * S3's data, made once per run in a staging schema and copied into every system's own tables, so Vidan and each peer
 * hold the same tasks. It is {@code InboxBenchmark}'s national distribution (app tests), on the demo directory: open
 * tasks over {@value #UNITS_AT_FULL} communes and wards in {@value #PROVINCES} provinces, one ward (Hòa Minh, of the
 * demo province Đà Nẵng) holding {@value #BUSY_AT_FULL} of every 500,000, one task in {@value #DEPARTMENT_SHARE}
 * belonging to a province department, 30% claimed; closed cases done over three years. Each task has one candidate
 * group of its unit ({@code <unit>}, {@code .desk}, {@code .leaders}, {@code .area}, {@code .duty}), so the desk
 * officer of Hòa Minh ({@code thao.dtk}, groups {@code HOAMINH} and {@code HOAMINH.desk}) may take about 0.14% of them.
 * <p>
 * The cases' people and addresses come from a pool of {@link #templates} generated here (names weighted as Vietnamese
 * family names are, ID numbers, streets); everything else per task (unit, times, assignee, group, case code) is
 * computed in MariaDB from the task's number with {@code CRC32}, {@code INSERT … SELECT} over the SEQUENCE engine, as
 * fast as MariaDB inserts.
 */
final class InboxStaging {

	static final String SCHEMA = "s3_staging";

	/** The signed-in officer: desk officer of Hòa Minh, in the demo province Đà Nẵng. */
	static final String DESK_OFFICER = "thao.dtk";

	static final String WARD = "HOAMINH";

	static final String PROVINCE = "CADN";

	/** The officer's candidate groups (the directory's {@code UnitGroup.ALL} and {@code .DESK} of Hòa Minh). */
	static final List<String> OFFICER_GROUPS = List.of(WARD, WARD + ".desk");

	/** What an officer types to find an applicant (as {@code InboxBenchmark} searches). */
	static final String NAME_TERM = "nguyen van a";

	static final int PROVINCES = 34;

	static final int UNITS_AT_FULL = 3300;

	static final int BUSY_AT_FULL = 2000;

	static final int DEPARTMENT_SHARE = 30;

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

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

	private static final String[][] REQUEST_STEPS = { { "Task_CheckCompleteness", "Kiểm tra tính đầy đủ" },
			{ "Task_VerifyDossier", "Thẩm định hồ sơ" }, { "Task_CheckOnSite", "Xác minh thực tế" },
			{ "Task_DecideRequest", "Phê duyệt" }, { "Task_HandOverResult", "Trả kết quả" } };

	private static final String[][] TIP_STEPS = { { "Task_TriageTip", "Phân loại tin báo" },
			{ "Task_VerifyViolation", "Xác minh vi phạm" }, { "Task_MediateDispute", "Hòa giải" },
			{ "Task_ResolveComplaint", "Giải quyết" }, { "Task_ApproveConclusion", "Duyệt kết luận" } };

	private static final String[] TIP_CATEGORIES = { "CRIME", "ADMINISTRATIVE_VIOLATION", "CIVIL_DISPUTE",
			"PUBLIC_ORDER" };

	/** How often each candidate group of a unit gets a task (3 desk, 2 leaders, 2 the whole unit, 2 area, 1 duty). */
	private static final String GROUP_SUFFIXES = "'.desk', '.desk', '.desk', '.leaders', '.leaders', '', '', '.area', "
			+ "'.area', '.duty'";

	private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	final int open;

	final int closed;

	final int units;

	final int busy;

	final int templates;

	/** The moment the data is relative to, as a MariaDB literal in the machine's zone (as the systems write times). */
	final String now;

	/** A receipt number of one of the officer's unclaimed dossiers ({@code 260345-0012}): the search by case code. */
	String codeTerm;

	/** How many of the open tasks the officer may take, and how many are theirs. */
	long officerCandidates;

	long officerOwn;

	long templateTokens;

	private InboxStaging(int open, int closed) {
		this.open = open;
		this.closed = closed;
		double scale = open / 500_000.0;
		this.units = Math.max(PROVINCES * 3, (int) Math.round(UNITS_AT_FULL * scale));
		this.busy = Math.max(20, (int) Math.round(BUSY_AT_FULL * scale));
		this.templates = Math.max(500, Math.min(10_000, open / 10));
		this.now = LocalDateTime.ofInstant(Instant.now(), ZoneId.systemDefault()).format(SQL_TIME);
	}

	/** Generates the staging schema: units, case templates and their search tokens, one row per task. */
	static InboxStaging create(MariaDb db, int open, int closed, long seed) throws SQLException {
		InboxStaging staging = new InboxStaging(open, closed);
		db.freshSchema(SCHEMA);
		try (Connection connection = db.connect(SCHEMA); Statement sql = connection.createStatement()) {
			staging.units(connection, sql);
			staging.templates(connection, sql, new Random(seed));
			staging.tasks(sql);
			staging.facts(sql);
		}
		return staging;
	}

	static void drop(MariaDb db) {
		db.execute("", "DROP DATABASE IF EXISTS " + SCHEMA);
	}

	/** Communes and wards over the provinces; the first is Hòa Minh, province 0 is Đà Nẵng and province 1 Đắk Nông. */
	private void units(Connection connection, Statement sql) throws SQLException {
		sql.execute("CREATE TABLE unit (idx INT NOT NULL PRIMARY KEY, code VARCHAR(32) NOT NULL, "
				+ "province VARCHAR(32) NOT NULL)");
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO unit VALUES (?, ?, ?)")) {
			for (int i = 0; i < units; i++) {
				int p = i % PROVINCES;
				insert.setInt(1, i);
				insert.setString(2, i == 0 ? WARD : String.format(Locale.ROOT, "U%04d", i));
				insert.setString(3, p == 0 ? PROVINCE : p == 1 ? "CADNO" : String.format(Locale.ROOT, "P%02d", p));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * The pool of cases' content: 70% resident requests (an applicant's name, ID number and address), 25% tip reports
	 * (a category and an address), 5% secondment waves; each with its search text without the case code (Vidan's
	 * {@code SearchText}: one normalized field per line) and the tokens of that text.
	 */
	private void templates(Connection connection, Statement sql, Random random) throws SQLException {
		sql.execute("CREATE TABLE tpl (idx INT NOT NULL PRIMARY KEY, kind CHAR(1) NOT NULL, case_type VARCHAR(16), "
				+ "process_key VARCHAR(128), task_key VARCHAR(128), task_name VARCHAR(255), subject VARCHAR(200), "
				+ "procedure_code VARCHAR(64), channel VARCHAR(32), text VARCHAR(1000))");
		sql.execute("CREATE TABLE tpl_token (tpl INT NOT NULL, token VARCHAR(48) NOT NULL, PRIMARY KEY (tpl, token))");
		try (PreparedStatement row = connection.prepareStatement("INSERT INTO tpl VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement token = connection.prepareStatement("INSERT INTO tpl_token VALUES (?, ?)")) {
			for (int i = 0; i < templates; i++) {
				int kind = random.nextInt(100);
				String address = (1 + random.nextInt(300)) + " " + pick(random, STREET) + ", Tổ dân phố "
						+ (1 + random.nextInt(40)) + ", " + (random.nextBoolean() ? "phường " : "xã ") + pick(random, PLACE)
						+ " " + pick(random, PLACE);
				String text;
				String[] step;
				row.setInt(1, i);
				if (kind < 70) {
					String name = family(random) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
					String id = String.format(Locale.ROOT, "0%02d%d%02d%06d", 1 + random.nextInt(96), random.nextInt(4),
							random.nextInt(100), random.nextInt(1_000_000));
					step = REQUEST_STEPS[random.nextInt(REQUEST_STEPS.length)];
					row.setString(2, "R");
					row.setString(3, "REQUEST");
					row.setString(4, "ResidentRequestProcess");
					row.setString(7, name);
					row.setString(8, pick(random, PROCEDURES));
					row.setString(9, random.nextInt(4) == 0 ? "ONLINE" : "DESK");
					text = String.join("\n", name, id, address);
				}
				else if (kind < 95) {
					String category = pick(random, TIP_CATEGORIES);
					step = TIP_STEPS[random.nextInt(TIP_STEPS.length)];
					row.setString(2, "T");
					row.setString(3, "TIP");
					row.setString(4, "TipReportProcess");
					row.setString(7, category);
					row.setString(8, category);
					row.setString(9, random.nextInt(3) == 0 ? "ONLINE" : "PHONE");
					text = address;
				}
				else {
					String name = "Đợt tăng cường " + (1 + random.nextInt(4)) + " năm 2026";
					step = new String[] { "Task_FileActivityReport", "Báo cáo kết quả" };
					row.setString(2, "W");
					row.setString(3, "WAVE");
					row.setString(4, "SecondmentTermProcess");
					row.setString(7, name);
					row.setString(8, null);
					row.setString(9, null);
					text = name;
				}
				row.setString(5, step[0]);
				row.setString(6, step[1]);
				row.setString(10, text(text));
				row.addBatch();
				for (String t : tokens(text)) {
					token.setInt(1, i);
					token.setString(2, t);
					token.addBatch();
					templateTokens++;
				}
				if (i % 1000 == 999) {
					row.executeBatch();
					token.executeBatch();
				}
			}
			row.executeBatch();
			token.executeBatch();
		}
	}

	/**
	 * One row per task, numbered 0…open+closed−1: open ones first (the first {@link #busy} in Hòa Minh), then closed
	 * ones (never Hòa Minh's, 1 in 2,000 done lately by the desk officer). Every choice is a CRC32 of the number.
	 */
	private void tasks(Statement sql) throws SQLException {
		sql.execute("CREATE TABLE task (n INT NOT NULL PRIMARY KEY, open TINYINT NOT NULL, unit_code VARCHAR(32) NOT NULL, "
				+ "province VARCHAR(32) NOT NULL, tpl INT NOT NULL, created DATETIME(6) NOT NULL, due DATETIME(6) NOT NULL, "
				+ "assignee VARCHAR(64), completed DATETIME(6), completed_by VARCHAR(64), grp VARCHAR(48), "
				+ "code VARCHAR(64) NOT NULL, code_norm VARCHAR(80) NOT NULL)");
		String now = "TIMESTAMP'" + this.now + "'";
		String unitOf = "IF(x.dept, CONCAT(u.province, '-PC06'), u.code)";
		String code = "CASE p.kind WHEN 'R' THEN CONCAT(" + unitOf + ", '-26', LPAD(101 + x.rc % 1100, 4, '0'), '-', "
				+ "LPAD(x.rs % 10000, 4, '0')) WHEN 'T' THEN CONCAT('TB-', " + unitOf + ", '-2026-', "
				+ "LPAD(x.rs % 10000, 4, '0')) ELSE CONCAT('TLCAX-', u.province, '-', x.rs % 100) END";
		String insert = "INSERT INTO task (n, open, unit_code, province, tpl, created, due, assignee, completed, "
				+ "completed_by, grp, code, code_norm) SELECT n, open, unit_code, province, tpl, created, due, assignee, "
				+ "completed, completed_by, grp, code, LOWER(REPLACE(code, '-', ' ')) FROM (SELECT x.n, ";
		sql.execute(insert + "1 AS open, " + unitOf + " AS unit_code, u.province, x.tpl, "
				+ now + " - INTERVAL x.r4 % 20160 MINUTE AS created, "
				+ now + " + INTERVAL (x.r5 % 17280) - 2880 MINUTE AS due, "
				+ "IF(x.r6 % 100 < 30, IF(x.ui = 0 AND x.r7 % 100 < 10, '" + DESK_OFFICER + "', CONCAT('officer.', "
				+ "LOWER(" + unitOf + "), '.', x.r8 % 12)), NULL) AS assignee, NULL AS completed, NULL AS completed_by, "
				+ "CONCAT(" + unitOf + ", ELT(1 + x.r9 % 10, " + GROUP_SUFFIXES + ")) AS grp, " + code + " AS code "
				+ "FROM (SELECT seq AS n, IF(seq < " + busy + ", 0, 1 + " + h("u") + " % " + (units - 1) + ") AS ui, "
				+ "seq >= " + busy + " AND " + h("d") + " % " + DEPARTMENT_SHARE + " = 0 AS dept, "
				+ h("t") + " % " + templates + " AS tpl, " + h("4") + " AS r4, " + h("5") + " AS r5, " + h("6") + " AS r6, "
				+ h("7") + " AS r7, " + h("8") + " AS r8, " + h("9") + " AS r9, " + h("c") + " AS rc, " + h("s") + " AS rs "
				+ "FROM seq_0_to_" + (open - 1) + ") x JOIN unit u ON u.idx = x.ui JOIN tpl p ON p.idx = x.tpl) y");
		// Closed: done some time in the last three years, 1 in 2,000 by the desk officer in the last 20 days.
		String completed = "IF(x.mine, " + now + " - INTERVAL x.r4 % 28800 MINUTE, " + now
				+ " - INTERVAL x.r4 % 1576800 MINUTE)";
		String by = "IF(x.mine, '" + DESK_OFFICER + "', CONCAT('officer.', LOWER(" + unitOf + "), '.', x.r8 % 12))";
		sql.execute(insert + "0 AS open, " + unitOf + " AS unit_code, u.province, x.tpl, "
				+ completed + " - INTERVAL x.r5 % 7200 MINUTE AS created, "
				+ completed + " - INTERVAL x.r5 % 7200 MINUTE + INTERVAL 3 DAY AS due, "
				+ by + " AS assignee, " + completed + " AS completed, " + by + " AS completed_by, NULL AS grp, "
				+ code + " AS code "
				+ "FROM (SELECT seq AS n, 1 + " + h("u") + " % " + (units - 1) + " AS ui, "
				+ h("d") + " % " + DEPARTMENT_SHARE + " = 0 AS dept, " + h("k") + " % 2000 = 0 AS mine, "
				+ h("t") + " % " + templates + " AS tpl, " + h("4") + " AS r4, " + h("5") + " AS r5, " + h("8") + " AS r8, "
				+ h("c") + " AS rc, " + h("s") + " AS rs "
				+ "FROM seq_" + open + "_to_" + (open + closed - 1) + ") x "
				+ "JOIN unit u ON u.idx = x.ui JOIN tpl p ON p.idx = x.tpl) y");
	}

	/** The officer's share, and a receipt number among their unclaimed dossiers to search by. */
	private void facts(Statement sql) throws SQLException {
		String groups = "'" + String.join("', '", OFFICER_GROUPS) + "'";
		try (ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM task WHERE open = 1 AND assignee IS NULL AND grp IN ("
				+ groups + ")")) {
			row.next();
			officerCandidates = row.getLong(1);
		}
		try (ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM task WHERE open = 1 AND assignee = '" + DESK_OFFICER
				+ "'")) {
			row.next();
			officerOwn = row.getLong(1);
		}
		try (ResultSet row = sql.executeQuery("SELECT s.code FROM task s JOIN tpl p ON p.idx = s.tpl WHERE s.open = 1 "
				+ "AND s.assignee IS NULL AND s.grp IN (" + groups + ") AND p.kind = 'R' ORDER BY s.n LIMIT 1")) {
			codeTerm = row.next() ? row.getString(1).substring(WARD.length() + 1) : "0000";
		}
	}

	/** A pseudo-random 32-bit number of the row's {@code seq}, one stream per {@code salt}. */
	private static String h(String salt) {
		return "CAST(CRC32(CONCAT(seq, '" + salt + "')) AS SIGNED)";
	}

	/** A task's id in every system: sortable, so rows go into each primary key in order. */
	static String id(String prefix, String n) {
		return "CONCAT('" + prefix + "', LPAD(" + n + ", 9, '0'))";
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String family(Random random) {
		int pick = random.nextInt(Arrays.stream(FAMILY_WEIGHT).sum());
		for (int i = 0; i < FAMILY.length; i++) {
			pick -= FAMILY_WEIGHT[i];
			if (pick < 0) {
				return FAMILY[i];
			}
		}
		return FAMILY[0];
	}

	// Vidan's search text and tokens (vn.vidan.inbox.SearchText), restated: the harness does not link the app.

	static String normalize(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		return out.toString().trim();
	}

	static String text(String searchText) {
		return String.join(" | ", fields(searchText));
	}

	static Set<String> tokens(String searchText) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String field : fields(searchText)) {
			int start = 0;
			for (String word : field.split(" ")) {
				tokens.add(cut(field.substring(start)));
				if (word.length() >= 8 && word.chars().allMatch(Character::isDigit)) {
					tokens.add(word.substring(word.length() - 4));
				}
				start += word.length() + 1;
			}
		}
		return tokens;
	}

	private static List<String> fields(String searchText) {
		List<String> fields = new ArrayList<>();
		for (String line : searchText.split("\n")) {
			String field = normalize(line);
			if (!field.isEmpty()) {
				fields.add(field);
			}
		}
		return fields;
	}

	private static String cut(String phrase) {
		return phrase.length() <= 48 ? phrase : phrase.substring(0, 48).stripTrailing();
	}

}
