package vn.vidan.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vidan.bench.SystemUnderTest.Kind;

/**
 * Copies S3's staging data ({@link InboxStaging}) into one system's own tables, with {@code INSERT … SELECT}:
 * <ul>
 * <li>Vidan: its inbox read model ({@code inbox_task} for open and done tasks, {@code inbox_candidate},
 * {@code inbox_search_token}), as its projection writes them. Its inbox reads no Camunda table, so none is loaded.
 * <li>Stock Camunda and Operaton: per open task a process instance ({@code ACT_RU_EXECUTION}, with the case code as
 * business key), the task ({@code ACT_RU_TASK}) and its candidate group ({@code ACT_RU_IDENTITYLINK}); per closed
 * case {@code ACT_HI_PROCINST} and {@code ACT_HI_TASKINST}. The tasks belong to the deployed {@code benchS2}, so the
 * REST API's form-key look-up finds their activities.
 * <li>Flowable: the same in its own columns.
 * </ul>
 * Only columns the running schema has are written. Each table is filled by one statement while it is empty, which
 * InnoDB runs as a bulk load; then ANALYZE.
 */
final class InboxTables {

	/** Rows written per table, in order. */
	final Map<String, Long> rows = new LinkedHashMap<>();

	/** Per table: seconds, and MariaDB's CPU seconds, of its INSERT … SELECT. */
	final Map<String, String> times = new LinkedHashMap<>();

	private final MariaDb db;

	private final Connection connection;

	private final String schema;

	private final InboxStaging data;

	private InboxTables(MariaDb db, Connection connection, String schema, InboxStaging data) {
		this.db = db;
		this.connection = connection;
		this.schema = schema;
		this.data = data;
	}

	/** Loads {@code data} into the system's schema: what it wrote. */
	static InboxTables load(MariaDb db, Kind kind, String schema, InboxStaging data) throws SQLException {
		try (Connection connection = db.connect(schema)) {
			try (Statement session = connection.createStatement()) {
				// This connection's INSERT … SELECT into an empty table is then InnoDB's bulk load (no undo per row,
				// every index built sorted). Only this connection: the system's own keep every check. The data is
				// consistent by construction, and a duplicate key still fails the load.
				session.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
			}
			InboxTables tables = new InboxTables(db, connection, schema, data);
			switch (kind) {
				case VIDAN -> tables.vidan();
				case CAMUNDA, OPERATON -> tables.camunda();
				case FLOWABLE -> tables.flowable();
				default -> throw new IllegalArgumentException(kind.toString());
			}
			tables.analyze();
			return tables;
		}
	}

	/**
	 * The rows stock Camunda's load left in {@code schema}, which Operaton runs on (see {@link InboxAtScale}): the
	 * same tables, counted, nothing written.
	 */
	static InboxTables count(MariaDb db, String schema) throws SQLException {
		try (Connection connection = db.connect(schema); Statement sql = connection.createStatement()) {
			InboxTables tables = new InboxTables(db, connection, schema, null);
			for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_HI_PROCINST",
					"ACT_HI_TASKINST")) {
				try (ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
					row.next();
					tables.rows.put(table, row.getLong(1));
				}
				tables.times.put(table, "loaded for stock Camunda");
			}
			return tables;
		}
	}

	private static final String S = InboxStaging.SCHEMA + ".";

	private void vidan() throws SQLException {
		String task = InboxStaging.id("t", "s.n");
		insert("inbox_task", columns(
				"task_id", task,
				"process_instance_id", InboxStaging.id("p", "s.n"),
				"process_key", "p.process_key",
				"task_key", "p.task_key",
				"task_name", "p.task_name",
				"case_type", "p.case_type",
				"case_code", "s.code",
				"subject", "p.subject",
				"procedure_code", "p.procedure_code",
				"channel", "p.channel",
				"case_status", "IF(s.open = 1, 'IN_PROGRESS', 'CLOSED')",
				"case_unit", "s.unit_code",
				"unit_code", "s.unit_code",
				"province_code", "s.province",
				"assignee", "s.assignee",
				"assigned_at", "IF(s.assignee IS NULL, NULL, s.created)",
				"assigned_by", "IF(s.assignee IS NULL, NULL, CONCAT('leader.', LOWER(s.unit_code)))",
				"created_at", "s.created",
				"due_at", "s.due",
				"statutory_due", "s.created + INTERVAL 7 DAY",
				"state", "IF(s.open = 1, 'O', 'D')",
				"completed_at", "s.completed",
				"completed_by", "s.completed_by",
				"search_text", "LEFT(CONCAT(s.code_norm, ' | ', p.text), 1000)"),
				"FROM " + S + "task s JOIN " + S + "tpl p ON p.idx = s.tpl");
		insert("inbox_candidate", columns(
				"task_id", task,
				"candidate", "CONCAT('G:', s.grp)"),
				"FROM " + S + "task s WHERE s.open = 1");
		// The tokens of the case's people and address, and every word-start suffix of its code, in one statement
		// (only the first into an empty table is a bulk load); an ID number's last 4 digits that equal the code's
		// last word are the code's.
		insert("inbox_search_token", columns("unit_code", "s.unit_code", "token", "k.token", "task_id", task),
				"FROM " + S + "task s JOIN " + S + "tpl_token k ON k.tpl = s.tpl WHERE s.open = 1 "
						+ "AND k.token <> SUBSTRING_INDEX(s.code_norm, ' ', -1) UNION ALL SELECT s.unit_code, "
						+ "LEFT(SUBSTRING_INDEX(s.code_norm, ' ', -w.seq), 48), " + task + " FROM " + S + "task s "
						+ "JOIN seq_1_to_8 w ON w.seq <= 1 + LENGTH(s.code_norm) - LENGTH(REPLACE(s.code_norm, ' ', '')) "
						+ "WHERE s.open = 1");
	}

	/** Stock Camunda 7.24 and Operaton: the same ACT_ schema. */
	private void camunda() throws SQLException {
		Definition benchS2 = definition("SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'benchS2' ORDER BY VERSION_ DESC "
				+ "LIMIT 1");
		String instance = InboxStaging.id("p", "s.n");
		String key = "IF(s.tpl % 2 = 0, 'reviewCase', 'finishCase')";
		String name = "IF(s.tpl % 2 = 0, 'Review case', 'Finish case')";
		String from = "FROM " + S + "task s WHERE s.open = 1";
		insert("ACT_RU_EXECUTION", columns(
				"ID_", instance,
				"REV_", "1",
				"ROOT_PROC_INST_ID_", instance,
				"PROC_INST_ID_", instance,
				"BUSINESS_KEY_", "s.code",
				"PROC_DEF_ID_", benchS2.quoted(),
				"ACT_ID_", key,
				"ACT_INST_ID_", "CONCAT(" + key + ", ':', " + InboxStaging.id("a", "s.n") + ")",
				"IS_ACTIVE_", "1",
				"IS_CONCURRENT_", "0",
				"IS_SCOPE_", "1",
				"IS_EVENT_SCOPE_", "0",
				"SUSPENSION_STATE_", "1",
				"CACHED_ENT_STATE_", "2",
				"SEQUENCE_COUNTER_", "2",
				"PROC_DEF_KEY_", "'benchS2'"), from);
		insert("ACT_RU_TASK", columns(
				"ID_", InboxStaging.id("t", "s.n"),
				"REV_", "1",
				"EXECUTION_ID_", instance,
				"PROC_INST_ID_", instance,
				"PROC_DEF_ID_", benchS2.quoted(),
				"NAME_", name,
				"TASK_DEF_KEY_", key,
				"ASSIGNEE_", "s.assignee",
				"PRIORITY_", "50",
				"CREATE_TIME_", "s.created",
				"DUE_DATE_", "s.due",
				"SUSPENSION_STATE_", "1",
				"TASK_STATE_", "'Created'"), from);
		insertCandidateLinks(from);
		String done = "FROM " + S + "task s WHERE s.open = 0";
		String history = InboxStaging.id("h", "s.n");
		String millis = "TIMESTAMPDIFF(SECOND, s.created, s.completed) * 1000";
		insert("ACT_HI_PROCINST", columns(
				"ID_", history,
				"PROC_INST_ID_", history,
				"BUSINESS_KEY_", "s.code",
				"PROC_DEF_KEY_", "'benchS2'",
				"PROC_DEF_ID_", benchS2.quoted(),
				"START_TIME_", "s.created",
				"END_TIME_", "s.completed",
				"REMOVAL_TIME_", "s.completed + INTERVAL 30 DAY",
				"DURATION_", millis,
				"START_ACT_ID_", "'StartEvent_Started'",
				"END_ACT_ID_", "'EndEvent_Done'",
				"ROOT_PROC_INST_ID_", history,
				"STATE_", "'COMPLETED'"), done);
		insert("ACT_HI_TASKINST", columns(
				"ID_", InboxStaging.id("ht", "s.n"),
				"TASK_DEF_KEY_", key,
				"PROC_DEF_KEY_", "'benchS2'",
				"PROC_DEF_ID_", benchS2.quoted(),
				"ROOT_PROC_INST_ID_", history,
				"PROC_INST_ID_", history,
				"EXECUTION_ID_", history,
				"ACT_INST_ID_", "CONCAT(" + key + ", ':', " + InboxStaging.id("ha", "s.n") + ")",
				"NAME_", name,
				"ASSIGNEE_", "s.completed_by",
				"START_TIME_", "s.created",
				"END_TIME_", "s.completed",
				"DURATION_", millis,
				"DELETE_REASON_", "'completed'",
				"PRIORITY_", "50",
				"DUE_DATE_", "s.due",
				"REMOVAL_TIME_", "s.completed + INTERVAL 30 DAY",
				"TASK_STATE_", "'Completed'"), done);
	}

	/** Each open task's candidate group, in the identity-link table Camunda, Operaton and Flowable share. */
	private void insertCandidateLinks(String from) throws SQLException {
		insert("ACT_RU_IDENTITYLINK", columns(
				"ID_", InboxStaging.id("l", "s.n"),
				"REV_", "1",
				"GROUP_ID_", "s.grp",
				"TYPE_", "'candidate'",
				"TASK_ID_", InboxStaging.id("t", "s.n")), from);
	}

	private void flowable() throws SQLException {
		Definition benchS2 = definition("SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = 'benchS2' ORDER BY VERSION_ DESC "
				+ "LIMIT 1");
		String instance = InboxStaging.id("p", "s.n");
		String key = "IF(s.tpl % 2 = 0, 'reviewCase', 'finishCase')";
		String name = "IF(s.tpl % 2 = 0, 'Review case', 'Finish case')";
		String from = "FROM " + S + "task s WHERE s.open = 1";
		insert("ACT_RU_EXECUTION", columns(
				"ID_", instance,
				"REV_", "1",
				"PROC_INST_ID_", instance,
				"BUSINESS_KEY_", "s.code",
				"PROC_DEF_ID_", benchS2.quoted(),
				"ROOT_PROC_INST_ID_", instance,
				"ACT_ID_", key,
				"IS_ACTIVE_", "1",
				"IS_CONCURRENT_", "0",
				"IS_SCOPE_", "1",
				"IS_EVENT_SCOPE_", "0",
				"IS_MI_ROOT_", "0",
				"SUSPENSION_STATE_", "1",
				"TENANT_ID_", "''",
				"START_ACT_ID_", "'StartEvent_Started'",
				"START_TIME_", "s.created",
				"IS_COUNT_ENABLED_", "0"), from);
		insert("ACT_RU_TASK", columns(
				"ID_", InboxStaging.id("t", "s.n"),
				"REV_", "1",
				"EXECUTION_ID_", instance,
				"PROC_INST_ID_", instance,
				"PROC_DEF_ID_", benchS2.quoted(),
				"STATE_", "IF(s.assignee IS NULL, 'created', 'claimed')",
				"NAME_", name,
				"TASK_DEF_KEY_", key,
				"ASSIGNEE_", "s.assignee",
				"PRIORITY_", "50",
				"CREATE_TIME_", "s.created",
				"CLAIM_TIME_", "IF(s.assignee IS NULL, NULL, s.created)",
				"DUE_DATE_", "s.due",
				"SUSPENSION_STATE_", "1",
				"TENANT_ID_", "''",
				"IS_COUNT_ENABLED_", "0"), from);
		insertCandidateLinks(from);
		String done = "FROM " + S + "task s WHERE s.open = 0";
		String history = InboxStaging.id("h", "s.n");
		String millis = "TIMESTAMPDIFF(SECOND, s.created, s.completed) * 1000";
		insert("ACT_HI_PROCINST", columns(
				"ID_", history,
				"REV_", "1",
				"PROC_INST_ID_", history,
				"BUSINESS_KEY_", "s.code",
				"PROC_DEF_ID_", benchS2.quoted(),
				"START_TIME_", "s.created",
				"END_TIME_", "s.completed",
				"DURATION_", millis,
				"START_ACT_ID_", "'StartEvent_Started'",
				"END_ACT_ID_", "'EndEvent_Done'",
				"TENANT_ID_", "''"), done);
		insert("ACT_HI_TASKINST", columns(
				"ID_", InboxStaging.id("ht", "s.n"),
				"REV_", "1",
				"PROC_DEF_ID_", benchS2.quoted(),
				"TASK_DEF_KEY_", key,
				"PROC_INST_ID_", history,
				"EXECUTION_ID_", history,
				"STATE_", "'completed'",
				"NAME_", name,
				"ASSIGNEE_", "s.completed_by",
				"START_TIME_", "s.created",
				"CLAIM_TIME_", "s.created",
				"END_TIME_", "s.completed",
				"COMPLETED_BY_", "s.completed_by",
				"DURATION_", millis,
				"PRIORITY_", "50",
				"DUE_DATE_", "s.due",
				"TENANT_ID_", "''",
				"LAST_UPDATED_TIME_", "s.completed"), done);
	}

	private record Definition(String id) {

		String quoted() {
			return "'" + id.replace("'", "''") + "'";
		}

	}

	private Definition definition(String query) throws SQLException {
		try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
			if (!row.next()) {
				throw new IllegalStateException("No benchS2 deployed in " + schema);
			}
			return new Definition(row.getString(1));
		}
	}

	private static Map<String, String> columns(String... pairs) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			columns.put(pairs[i], pairs[i + 1]);
		}
		return columns;
	}

	/** {@code INSERT INTO table (the columns it has) SELECT expressions from}; counts the rows. */
	private void insert(String table, Map<String, String> columns, String from) throws SQLException {
		Set<String> present = columnsOf(table);
		List<String> names = new ArrayList<>();
		List<String> values = new ArrayList<>();
		columns.forEach((column, value) -> {
			if (present.contains(column.toUpperCase())) {
				names.add(column);
				values.add(value);
			}
		});
		long started = System.nanoTime();
		long cpu = db.cpuMillis();
		try (Statement sql = connection.createStatement()) {
			long written = sql.executeLargeUpdate("INSERT INTO " + table + " ("
					+ String.join(", ", names) + ") SELECT " + String.join(", ", values) + " " + from);
			rows.merge(table, written, Long::sum);
		}
		times.put(table, String.format("%.0f s (DB CPU %.0f s)", (System.nanoTime() - started) / 1e9,
				(db.cpuMillis() - cpu) / 1000.0));
	}

	private Set<String> columnsOf(String table) throws SQLException {
		Set<String> names = new LinkedHashSet<>();
		try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
				"SELECT column_name FROM information_schema.columns WHERE table_schema = '" + schema
						+ "' AND table_name = '" + table + "'")) {
			while (rows.next()) {
				names.add(rows.getString(1).toUpperCase());
			}
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("No table " + schema + "." + table);
		}
		return names;
	}

	private void analyze() throws SQLException {
		try (Statement sql = connection.createStatement()) {
			for (String table : rows.keySet()) {
				sql.execute("ANALYZE TABLE " + table);
			}
		}
	}

}
